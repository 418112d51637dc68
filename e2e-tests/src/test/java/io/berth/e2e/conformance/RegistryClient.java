package io.berth.e2e.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conformance suite's HTTP client, the way its Go client behaves: every request goes out
 * without credentials; a 401 with a {@code Bearer} challenge is answered by fetching a token from
 * the challenge's realm (its {@code service} and {@code scope}, Basic credentials) and sending the
 * request once more with that token. Paths may hold {@code <name>}, replaced by the namespace.
 */
final class RegistryClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ConformanceSettings settings;

    RegistryClient(ConformanceSettings settings) {
        this.settings = settings;
    }

    /** A request on the default namespace. */
    Request request(String method, String path) {
        return new Request(method, path.replace("<name>", settings.namespace()));
    }

    /** A request on another namespace. */
    Request request(String method, String path, String name) {
        return new Request(method, path.replace("<name>", name));
    }

    /** One request being built; {@link #send()} may be called once. */
    final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request query(String key, String value) {
            query.put(key, value);
            return this;
        }

        /** Content-Length is left to the HTTP client, which derives it from the body as Go's does. */
        Request header(String key, String value) {
            if (!key.equalsIgnoreCase("Content-Length")) {
                headers.put(key, value);
            }
            return this;
        }

        Request body(byte[] content) {
            this.body = content;
            return this;
        }

        Response send() throws IOException, InterruptedException {
            Response first = exchange(null);
            if (first.status() != 401) {
                return first;
            }
            String challenge = first.header("WWW-Authenticate");
            if (challenge == null || !challenge.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return first;
            }
            return exchange("Bearer " + token(challenge));
        }

        private Response exchange(String authorization) throws IOException, InterruptedException {
            StringBuilder url = new StringBuilder(settings.rootUrl()).append(path);
            char sep = path.contains("?") ? '&' : '?';
            for (Map.Entry<String, String> e : query.entrySet()) {
                url.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
                sep = '&';
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", "berth-conformance-port");
            headers.forEach(b::header);
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(method + " " + url, r.statusCode(), r.headers().map(), r.body());
        }
    }

    private String token(String challenge) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            params.put(m.group(1).toLowerCase(), m.group(2));
        }
        StringBuilder url = new StringBuilder(params.getOrDefault("realm", "")).append("?service=")
                .append(encode(params.getOrDefault("service", "")));
        if (params.containsKey("scope")) {
            url.append("&scope=").append(encode(params.get("scope")));
        }
        String basic = Base64.getEncoder().encodeToString((settings.username() + ":" + settings.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token request " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode t = JSON.readTree(r.body());
        String token = t.path("token").asText("");
        return token.isEmpty() ? t.path("access_token").asText() : token;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A received response; the request line is kept for failure messages. */
    record Response(String request, int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        /** The Location as a path (and query), whether the server sent it absolute or relative. */
        String relativeLocation() {
            String location = header("Location");
            if (location == null) {
                return "";
            }
            URI u = URI.create(location);
            return u.getRawQuery() == null ? u.getRawPath() : u.getRawPath() + "?" + u.getRawQuery();
        }

        /** The Location made absolute against the root URL when it is relative. */
        String absoluteLocation(String rootUrl) {
            String location = header("Location");
            if (location == null || location.isEmpty()) {
                return "";
            }
            return URI.create(location).isAbsolute() ? location : rootUrl + location;
        }

        /** The codes of an OCI error body, in order. */
        List<String> errorCodes() throws IOException {
            List<String> codes = new ArrayList<>();
            json().path("errors").forEach(e -> codes.add(e.path("code").asText()));
            return codes;
        }

        @Override
        public String toString() {
            String text = text();
            return request + " -> " + status + " " + headers + (text.isEmpty() ? "" : "\n" + text);
        }
    }
}
