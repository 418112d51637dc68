package io.berth.ui.endpoint;

import io.berth.common.http.UntrustedTls;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a URL is a registry (GET {@code /v2/}) and, with credentials, that they are
 * accepted: by the upstream's token service for a Bearer challenge, by {@code /v2/} for Basic.
 */
@ApplicationScoped
public class RegistryPinger {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient verifying = client(false);
    private final HttpClient unverified = client(true);

    private static HttpClient client(boolean insecure) {
        return UntrustedTls.apply(HttpClient.newBuilder(), insecure).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Null when healthy, else why not; {@code insecure}: the certificate is not verified. */
    public String problem(String url, String user, String password, boolean insecure) {
        HttpClient http = insecure ? unverified : verifying;
        String basic = user == null || user.isEmpty() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<Void> base = get(http, URI.create(url + "/v2/"), null);
            if (base.statusCode() == 200) {
                return null;
            }
            if (base.statusCode() != 401) {
                return "GET /v2/ answered " + base.statusCode();
            }
            if (basic == null) {
                return null; // a registry that wants a login; anonymous pulls may still work
            }
            String challenge = base.headers().firstValue("WWW-Authenticate").orElse("");
            HttpResponse<Void> checked;
            if (challenge.regionMatches(true, 0, "Bearer", 0, 6)) {
                StringBuilder realm = new StringBuilder();
                StringBuilder service = new StringBuilder();
                Matcher m = PARAM.matcher(challenge);
                while (m.find()) {
                    if (m.group(1).equals("realm")) {
                        realm.append(m.group(2));
                    } else if (m.group(1).equals("service")) {
                        service.append(m.group(2));
                    }
                }
                if (realm.isEmpty()) {
                    return "the registry's challenge names no realm";
                }
                checked = get(http, URI.create(realm + "?service=" + URLEncoder.encode(service.toString(),
                        StandardCharsets.UTF_8)), basic);
            } else {
                checked = get(http, URI.create(url + "/v2/"), basic);
            }
            return checked.statusCode() == 200 ? null : "the credentials were refused (" + checked.statusCode() + ")";
        } catch (IOException | IllegalArgumentException e) {
            return "unreachable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static HttpResponse<Void> get(HttpClient http, URI uri, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding());
    }
}
