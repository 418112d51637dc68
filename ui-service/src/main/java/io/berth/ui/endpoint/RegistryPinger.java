package io.berth.ui.endpoint;

import io.berth.common.http.BasicCredentials;
import io.berth.common.http.Challenge;
import io.berth.common.http.OutboundHttp;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.codec.BodyCodec;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Checks that a URL is a registry (GET {@code /v2/}) and, with credentials, that they are
 * accepted: by the upstream's token service for a Bearer challenge, by {@code /v2/} for Basic.
 */
@ApplicationScoped
public class RegistryPinger {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OutboundHttp http;

    public RegistryPinger(OutboundHttp http) {
        this.http = http;
    }

    /** Null when healthy, else why not; {@code insecure}: the certificate is not verified. */
    public String problem(String url, String user, String password, boolean insecure) {
        WebClient web = http.web(insecure);
        String basic = user == null || user.isEmpty() ? null
                : new BasicCredentials(user, password == null ? "" : password).header();
        try {
            HttpResponse<Void> base = get(web, url + "/v2/", null);
            if (base.statusCode() == 200) {
                return null;
            }
            if (base.statusCode() != 401) {
                return "GET /v2/ answered " + base.statusCode();
            }
            if (basic == null) {
                return null; // a registry that wants a login; anonymous pulls may still work
            }
            String header = base.getHeader("WWW-Authenticate");
            Challenge challenge = Challenge.parse(header == null ? "" : header);
            HttpResponse<Void> checked;
            if (challenge.bearer()) {
                String realm = challenge.params().get("realm");
                if (realm == null || realm.isEmpty()) {
                    return "the registry's challenge names no realm";
                }
                String service = challenge.params().getOrDefault("service", "");
                checked = get(web, realm + (realm.contains("?") ? "&" : "?") + "service="
                        + URLEncoder.encode(service, StandardCharsets.UTF_8), basic);
            } else {
                checked = get(web, url + "/v2/", basic);
            }
            return checked.statusCode() == 200 ? null : "the credentials were refused (" + checked.statusCode() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return "unreachable: " + e.getMessage();
        }
    }

    /** The body is not kept: only the status and headers count. */
    private static HttpResponse<Void> get(WebClient web, String url, String authorization) throws Exception {
        var request = web.getAbs(url).connectTimeout(OutboundHttp.CONNECT_TIMEOUT.toMillis())
                .timeout(TIMEOUT.toMillis()).followRedirects(true).as(BodyCodec.none());
        if (authorization != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization);
        }
        return OutboundHttp.await(request.send(), TIMEOUT.plusSeconds(5));
    }
}
