package io.berth.common.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one outbound HTTP stack of every service: each call a service makes to another server
 * (registry-core to upstream registries, their token services and the event receivers; ui-service
 * to its peers' health checks and to registry endpoints it tests) goes through these Vert.x
 * clients on the service's event loop: the Web Client for request/response calls, the
 * {@link HttpClient} where a body streams. One place for the timeouts, the TLS trust (verified,
 * or none for an endpoint marked insecure, Harbor's "verify remote cert" off), the connection
 * pools and the redirect rule. A bean of each service that injects it (common is a bean archive),
 * on that service's Quarkus Vert.x instance, closed when the service stops.
 */
@Singleton
public class OutboundHttp implements AutoCloseable {

    /** Connecting to any server. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A connection that moves no byte for this long is given up (a stalled upstream body). */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient verified;
    private final HttpClient untrusted;
    private final WebClient verifiedWeb;
    private final WebClient untrustedWeb;
    /** Where streamed calls run, so a response's handlers are set before its body arrives. */
    private final Context loop;

    public OutboundHttp(Vertx vertx) {
        this.loop = ((VertxInternal) vertx).createEventLoopContext();
        this.verified = client(vertx, false);
        this.untrusted = client(vertx, true);
        this.verifiedWeb = WebClient.wrap(verified);
        this.untrustedWeb = WebClient.wrap(untrusted);
    }

    private static HttpClient client(Vertx vertx, boolean insecure) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                .setIdleTimeout((int) IDLE_TIMEOUT.toSeconds())
                .setKeepAlive(true)
                .setMaxPoolSize(32)
                .setMaxRedirects(5)
                .setDecompressionSupported(false)
                // a streamed body (a blob pulled through the cache) arrives in the socket's reads,
                // not cut in Netty's default 8 KiB pieces, each a hand-over to the reading worker
                .setMaxChunkSize(256 * 1024)
                .setTrustAll(insecure)
                .setVerifyHost(!insecure);
        return vertx.httpClientBuilder().with(options).withRedirectHandler(OutboundHttp::redirect).build();
    }

    /** The streaming client; {@code insecure}: certificates are not verified. */
    public HttpClient client(boolean insecure) {
        return insecure ? untrusted : verified;
    }

    /** The request/response client; {@code insecure}: certificates are not verified. */
    public WebClient web(boolean insecure) {
        return insecure ? untrustedWeb : verifiedWeb;
    }

    /**
     * Follows a redirect of a GET or HEAD (a registry sending blobs to its storage or CDN) with the
     * same headers, except that credentials never go to another host.
     */
    private static Future<RequestOptions> redirect(HttpClientResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        HttpMethod method = response.request().getMethod();
        if (!REDIRECTS.contains(response.statusCode()) || location == null
                || (method != HttpMethod.GET && method != HttpMethod.HEAD)) {
            return null;
        }
        URI from = URI.create(response.request().absoluteURI());
        URI to = from.resolve(location);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(response.request().headers());
        if (!to.getHost().equalsIgnoreCase(from.getHost()) || to.getPort() != from.getPort()
                || !to.getScheme().equalsIgnoreCase(from.getScheme())) {
            headers.remove(HttpHeaders.AUTHORIZATION);
        }
        return Future.succeededFuture(new RequestOptions().setMethod(method).setAbsoluteURI(to.toString())
                .setHeaders(headers).setFollowRedirects(true)
                .setConnectTimeout(CONNECT_TIMEOUT.toMillis()).setIdleTimeout(IDLE_TIMEOUT.toMillis()));
    }

    /**
     * Starts a call on an event loop: its callbacks run there, in order, so a streamed response's
     * body handler is in place before any of the body is delivered (a call started on a worker
     * thread would get its callbacks on that worker's context, after the body of a small response
     * may already have ended).
     */
    public <T> Future<T> onLoop(Supplier<Future<T>> call) {
        Promise<T> done = Promise.promise();
        loop.runOnContext(v -> call.get().onComplete(done));
        return done.future();
    }

    /** Waits (on a worker thread) for the outcome of a call; a failure comes back as its cause. */
    public static <T> T await(Future<T> future, Duration timeout) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new java.io.IOException("no answer within " + timeout.toSeconds() + " s", e);
        }
    }

    @Override
    @PreDestroy
    public void close() {
        verified.close();
        untrusted.close();
    }
}
