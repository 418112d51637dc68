package io.berth.registry.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.http.AbandonedAnswer;
import io.berth.common.http.BasicCredentials;
import io.berth.common.http.Challenge;
import io.berth.common.http.OutboundHttp;
import io.berth.common.oci.DockerHub;
import io.berth.registry.config.ProxyConfig;
import io.berth.registry.http.StreamedBody;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * GET/HEAD of manifests and blobs on the upstream registry, over the shared Vert.x client with the
 * body streamed ({@link StreamedBody}). Follows the upstream's 401 challenge (Bearer with a pull
 * scope, or Basic) with the configured credentials or anonymously.
 */
@Singleton
public class UpstreamClient {

    /** Until the upstream's headers arrive (the body then has its own idle timeout). */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final Optional<URI> remote;
    private final HttpClient http;
    private final OutboundHttp outbound;
    private final Optional<String> basic;
    private final UpstreamTokens tokens;
    private volatile Challenge lastChallenge;

    @Inject
    public UpstreamClient(ProxyConfig config, ObjectMapper json, OutboundHttp http) {
        this(config.remoteurl(), config.username(), config.password(), false, json, http);
    }

    /**
     * A client of one more upstream (a proxy-cache project's registry), beside the mirror's;
     * {@code insecure}: the endpoint's certificate is not verified (Harbor's registry setting).
     */
    public static UpstreamClient of(String remoteUrl, Optional<String> username, Optional<String> password,
            boolean insecure, ObjectMapper json, OutboundHttp http) {
        return new UpstreamClient(Optional.of(remoteUrl), username, password, insecure, json, http);
    }

    private UpstreamClient(Optional<String> remoteUrl, Optional<String> username, Optional<String> password,
            boolean insecure, ObjectMapper json, OutboundHttp http) {
        this.remote = remoteUrl.filter(s -> !s.isBlank()).map(s -> URI.create(s.endsWith("/") ? s : s + "/"));
        this.http = http.client(insecure);
        this.outbound = http;
        this.basic = username.filter(u -> !u.isEmpty()).map(u -> new BasicCredentials(u, password.orElse("")).header());
        this.tokens = new UpstreamTokens(http.web(insecure), json, basic);
    }

    public boolean enabled() {
        return remote.isPresent();
    }

    /** The repository name on the upstream: Docker Hub's one-level names live under {@code library/}. */
    public String upstreamName(String name) {
        boolean hub = remote.map(u -> DockerHub.isRegistry(u.getHost())).orElse(false);
        return hub && !name.contains("/") ? "library/" + name : name;
    }

    /** HEAD of a manifest; the response body is empty. 404 comes back as a response, failures as {@link UpstreamException}. */
    public UpstreamResponse headManifest(String name, String reference, String accept) {
        return send(HttpMethod.HEAD, name, "manifests/" + reference, accept);
    }

    public UpstreamResponse getManifest(String name, String reference, String accept) {
        return send(HttpMethod.GET, name, "manifests/" + reference, accept);
    }

    public UpstreamResponse getBlob(String name, String digest) {
        return send(HttpMethod.GET, name, "blobs/" + digest, null);
    }

    /** HEAD of a blob: its size without its body. */
    public UpstreamResponse headBlob(String name, String digest) {
        return send(HttpMethod.HEAD, name, "blobs/" + digest, null);
    }

    private UpstreamResponse send(HttpMethod method, String name, String tail, String accept) {
        String repo = upstreamName(name);
        URI uri = remote.orElseThrow(() -> new IllegalStateException("no proxy.remoteurl"))
                .resolve("v2/" + repo + "/" + tail);
        String scope = "repository:" + repo + ":pull";
        try {
            UpstreamResponse r = exchange(method, uri, accept, authorization(scope));
            if (r.statusCode() == 401) {
                String header = r.header("WWW-Authenticate").orElse(null);
                r.close();
                if (header == null) {
                    throw new UpstreamException(401, "upstream refused access without a challenge", null);
                }
                Challenge c = Challenge.parse(header);
                lastChallenge = c;
                String auth = c.bearer() ? "Bearer " + tokens.fetch(c, scope) : basic.orElse(null);
                if (auth == null) {
                    throw new UpstreamException(401, "upstream requires credentials; set proxy.username and proxy.password", null);
                }
                r = exchange(method, uri, accept, auth);
            }
            int s = r.statusCode();
            if (s == 200 || s == 404) {
                return r;
            }
            r.close();
            throw new UpstreamException(s, "upstream answered " + s + " for " + method + " " + tail, null);
        } catch (UpstreamException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(0, "interrupted", e);
        } catch (Exception e) {
            throw new UpstreamException(0, "upstream unreachable: " + e.getMessage(), e);
        }
    }

    /** One request; the answer's body streams in as it is read. */
    private UpstreamResponse exchange(HttpMethod method, URI uri, String accept, String auth) throws Exception {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(uri.toString())
                .setFollowRedirects(true)
                .setConnectTimeout(OutboundHttp.CONNECT_TIMEOUT.toMillis())
                .setIdleTimeout(OutboundHttp.IDLE_TIMEOUT.toMillis());
        if (accept != null) {
            options.putHeader("Accept", accept);
        }
        if (auth != null) {
            options.putHeader("Authorization", auth);
        }
        return OutboundHttp.await(outbound.onLoop(() -> http.request(options).compose(req -> req.send())
                // on the event loop, before any of the body arrives: nothing is missed
                .map(UpstreamClient::streamed)), ANSWER_TIMEOUT);
    }

    private static UpstreamResponse streamed(HttpClientResponse response) {
        StreamedBody body = new StreamedBody(response) {
            @Override
            protected IOException failed(String message, Throwable cause) {
                return new IOException("upstream " + message, cause);
            }

            @Override
            protected void abandoned() {
                if (AbandonedAnswer.resettable(response, received())) {
                    response.request().reset(); // a large rest is not worth receiving
                } else {
                    super.abandoned(); // read to its end: the connection may already be another's
                }
            }
        };
        return new UpstreamResponse(response.statusCode(), response.headers(), body);
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
}
