package io.berth.registry.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.http.Challenge;
import io.berth.common.http.OutboundHttp;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Bearer tokens from the upstream's token service, cached per realm, service and scope until they expire. */
final class UpstreamTokens {

    private record Cached(String token, Instant expires) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebClient http;
    private final ObjectMapper json;
    private final Optional<String> basic;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    UpstreamTokens(WebClient http, ObjectMapper json, Optional<String> basic) {
        this.http = http;
        this.json = json;
        this.basic = basic;
    }

    /** A cached, unexpired token for the scope under the last challenge seen, if any. */
    Optional<String> cached(Challenge challenge, String scope) {
        Cached c = cache.get(key(challenge, scope));
        return c != null && c.expires().isAfter(Instant.now()) ? Optional.of(c.token()) : Optional.empty();
    }

    /** Fetches a token for the scope, with the configured credentials or anonymously. */
    String fetch(Challenge challenge, String scope) throws Exception {
        String realm = challenge.params().get("realm");
        if (realm == null) {
            throw new UpstreamException(0, "upstream bearer challenge has no realm", null);
        }
        StringBuilder url = new StringBuilder(realm).append(realm.contains("?") ? '&' : '?');
        String service = challenge.params().get("service");
        if (service != null) {
            url.append("service=").append(URLEncoder.encode(service, StandardCharsets.UTF_8)).append('&');
        }
        url.append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
        HttpRequest<Buffer> request = http.getAbs(url.toString()).timeout(TIMEOUT.toMillis()).followRedirects(true);
        basic.ifPresent(h -> request.putHeader("Authorization", h));
        HttpResponse<Buffer> r = OutboundHttp.await(request.send(), TIMEOUT);
        if (r.statusCode() != 200) {
            throw new UpstreamException(r.statusCode(), "upstream token service answered " + r.statusCode(), null);
        }
        JsonNode body = r.body() == null ? null : json.readTree(r.body().getBytes());
        if (body == null || !body.isObject()) {
            throw new UpstreamException(0, "upstream token service sent no token", null);
        }
        String token = body.hasNonNull("token") ? body.get("token").asText() : body.path("access_token").asText(null);
        if (token == null || token.isEmpty()) {
            throw new UpstreamException(0, "upstream token service sent no token", null);
        }
        // whatever the upstream says, a token is cached between none and a day
        long expiresIn = Math.min(Math.max(body.path("expires_in").asLong(60), 0), 86_400);
        Instant issued = body.hasNonNull("issued_at") ? parseInstant(body.get("issued_at").asText()) : Instant.now();
        // renew a little early so a token never expires in flight
        Instant expires = issued.plusSeconds(Math.max(expiresIn - 10, 0));
        cache.put(key(challenge, scope), new Cached(token, expires));
        return token;
    }

    private static Instant parseInstant(String s) {
        try {
            Instant t = Instant.parse(s);
            return t.isAfter(Instant.now()) ? Instant.now() : t;
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    private static String key(Challenge c, String scope) {
        return c.params().get("realm") + " " + c.params().get("service") + " " + scope;
    }
}
