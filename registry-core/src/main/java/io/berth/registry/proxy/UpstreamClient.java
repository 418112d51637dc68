package io.berth.registry.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.http.UntrustedTls;
import io.berth.registry.config.ProxyConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * GET/HEAD of manifests and blobs on the upstream registry. Follows the upstream's 401 challenge
 * (Bearer with a pull scope, or Basic) with the configured credentials or anonymously.
 */
@Singleton
public class UpstreamClient {

    private static final Set<String> DOCKER_HUB = Set.of("registry-1.docker.io", "index.docker.io", "docker.io");

    private final Optional<URI> remote;
    private final HttpClient http;
    private final Optional<String> basic;
    private final UpstreamTokens tokens;
    private volatile Challenge lastChallenge;

    @Inject
    public UpstreamClient(ProxyConfig config, ObjectMapper json) {
        this(config.remoteurl(), config.username(), config.password(), false, json);
    }

    /**
     * A client of one more upstream (a proxy-cache project's registry), beside the mirror's;
     * {@code insecure}: the endpoint's certificate is not verified (Harbor's registry setting).
     */
    public static UpstreamClient of(String remoteUrl, Optional<String> username, Optional<String> password,
            boolean insecure, ObjectMapper json) {
        return new UpstreamClient(Optional.of(remoteUrl), username, password, insecure, json);
    }

    private UpstreamClient(Optional<String> remoteUrl, Optional<String> username, Optional<String> password,
            boolean insecure, ObjectMapper json) {
        this.remote = remoteUrl.filter(s -> !s.isBlank()).map(s -> URI.create(s.endsWith("/") ? s : s + "/"));
        this.http = UntrustedTls.apply(HttpClient.newBuilder(), insecure).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.basic = username.filter(u -> !u.isEmpty()).map(u -> "Basic " + Base64.getEncoder()
                .encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
        this.tokens = new UpstreamTokens(http, json, basic);
    }

    public boolean enabled() {
        return remote.isPresent();
    }

    /** The repository name on the upstream: Docker Hub's one-level names live under {@code library/}. */
    public String upstreamName(String name) {
        boolean hub = remote.map(u -> DOCKER_HUB.contains(u.getHost())).orElse(false);
        return hub && !name.contains("/") ? "library/" + name : name;
    }

    /** HEAD of a manifest; the response body is empty. 404 comes back as a response, failures as {@link UpstreamException}. */
    public HttpResponse<InputStream> headManifest(String name, String reference, String accept) {
        return send("HEAD", name, "manifests/" + reference, accept);
    }

    public HttpResponse<InputStream> getManifest(String name, String reference, String accept) {
        return send("GET", name, "manifests/" + reference, accept);
    }

    public HttpResponse<InputStream> getBlob(String name, String digest) {
        return send("GET", name, "blobs/" + digest, null);
    }

    /** HEAD of a blob: its size without its body. */
    public HttpResponse<InputStream> headBlob(String name, String digest) {
        return send("HEAD", name, "blobs/" + digest, null);
    }

    private HttpResponse<InputStream> send(String method, String name, String tail, String accept) {
        String repo = upstreamName(name);
        URI uri = remote.orElseThrow(() -> new IllegalStateException("no proxy.remoteurl"))
                .resolve("v2/" + repo + "/" + tail);
        String scope = "repository:" + repo + ":pull";
        try {
            HttpResponse<InputStream> r = http.send(request(method, uri, accept, authorization(scope)),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() == 401) {
                String header = r.headers().firstValue("WWW-Authenticate").orElse(null);
                r.body().close();
                if (header == null) {
                    throw new UpstreamException(401, "upstream refused access without a challenge", null);
                }
                Challenge c = Challenge.parse(header);
                lastChallenge = c;
                String auth = c.bearer() ? "Bearer " + tokens.fetch(c, scope) : basic.orElse(null);
                if (auth == null) {
                    throw new UpstreamException(401, "upstream requires credentials; set proxy.username and proxy.password", null);
                }
                r = http.send(request(method, uri, accept, auth), HttpResponse.BodyHandlers.ofInputStream());
            }
            int s = r.statusCode();
            if (s == 200 || s == 404) {
                return r;
            }
            r.body().close();
            throw new UpstreamException(s, "upstream answered " + s + " for " + method + " " + tail, null);
        } catch (IOException e) {
            throw new UpstreamException(0, "upstream unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(0, "interrupted", e);
        }
    }

    private String authorization(String scope) {
        Challenge c = lastChallenge;
        if (c == null) {
            return null;
        }
        if (c.basic()) {
            return basic.orElse(null);
        }
        return tokens.cached(c, scope).map(t -> "Bearer " + t).orElse(null);
    }

    private static HttpRequest request(String method, URI uri, String accept, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b.build();
    }
}
