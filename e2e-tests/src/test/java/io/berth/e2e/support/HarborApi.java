package io.berth.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Raw HTTP calls to the Harbor REST API and the token service through the gateway (Basic auth). */
public final class HarborApi {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HarborApi(String gatewayUrl) {
        this.base = gatewayUrl;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(String method, String path, String authorization, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and demands the expected status, returning the parsed body (or null when empty). */
    public JsonNode expect(int status, String method, String path, String authorization, String jsonBody)
            throws IOException, InterruptedException {
        HttpResponse<String> r = send(method, path, authorization, jsonBody);
        if (r.statusCode() != status) {
            throw new AssertionError(method + " " + path + " answered " + r.statusCode() + " (wanted " + status + "): "
                    + r.body());
        }
        return r.body().isBlank() ? null : JSON.readTree(r.body());
    }

    /** Creates a project as the given caller (201 demanded). */
    public void createProject(String authorization, String name, boolean isPublic)
            throws IOException, InterruptedException {
        expect(201, "POST", "/api/v2.0/projects", authorization,
                "{\"project_name\":\"" + name + "\",\"metadata\":{\"public\":\"" + isPublic + "\"}}");
    }

    /** Adds a user by name with a role id (1 project admin ... 5 limited guest) as the given caller. */
    public void addMember(String authorization, String project, String user, int role)
            throws IOException, InterruptedException {
        expect(201, "POST", "/api/v2.0/projects/" + project + "/members", authorization,
                "{\"role_id\":" + role + ",\"member_user\":{\"username\":\"" + user + "\"}}");
    }

    /** A registry token from {@code /service/token} for one scope. */
    public String token(String authorization, String scope) throws IOException, InterruptedException {
        JsonNode t = expect(200, "GET", "/service/token?service=harbor-registry&scope="
                + java.net.URLEncoder.encode(scope, StandardCharsets.UTF_8), authorization, null);
        return t.path("token").asText();
    }
}
