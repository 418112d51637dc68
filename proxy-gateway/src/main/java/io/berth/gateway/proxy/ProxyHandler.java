package io.berth.gateway.proxy;

import io.berth.gateway.config.GatewayConfig;
import io.berth.gateway.routing.RouteTable;
import io.berth.gateway.routing.Target;
import io.berth.gateway.routing.Upstreams;
import io.berth.gateway.routing.Upstreams.Upstream;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Forwards one request to its upstream and the answer back, streaming both bodies through
 * {@link Relay}s: a relay pauses its source while the destination's write queue is full, so a
 * slow side slows the other down and no body is ever held in memory.
 */
@ApplicationScoped
public class ProxyHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE,
            HttpMethod.OPTIONS, HttpMethod.PUT);

    private final RouteTable routes;
    private final Upstreams upstreams;
    private final UpstreamClient client;
    private final ProxyHeaders headers;
    private final AnswerRelays answers;
    private final long idleTimeoutMillis;

    public ProxyHandler(RouteTable routes, Upstreams upstreams, UpstreamClient client, ProxyHeaders headers,
            AnswerRelays answers, GatewayConfig config) {
        this.answers = answers;
        this.idleTimeoutMillis = config.idleTimeoutSeconds() * 1000L;
        this.routes = routes;
        this.upstreams = upstreams;
        this.client = client;
        this.headers = headers;
    }

    @Override
    public void handle(RoutingContext rc) {
        Target target = routes.resolve(rc.normalizedPath());
        if (target == Target.LOCAL) {
            rc.next();
            return;
        }
        if (target == Target.FORBIDDEN) {
            GatewayError.NOT_FOUND.send(rc.response());
            return;
        }
        HttpServerRequest request = rc.request();
        // nothing of the body may be read before the upstream is there to take it
        request.pause();
        Upstream upstream = upstreams.of(target);
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(originForm(request))
                .setIdleTimeout(idleTimeoutMillis)
                .setHeaders(headers.forUpstream(request));
        send(rc, options, upstream, true);
    }

    private void send(RoutingContext rc, RequestOptions options, Upstream upstream, boolean firstTry) {
        HttpServerRequest request = rc.request();
        client.client().request(options).onComplete(connected -> {
            if (connected.failed() && firstTry && connected.cause() instanceof HttpClosedException) {
                // the pool handed out a connection that closed meanwhile; nothing was sent on it
                LOG.debugf("upstream %s connection closed before use, taking another", upstream.name());
                send(rc, options, upstream, false);
                return;
            }
            if (connected.failed()) {
                LOG.warnf("failed to connect to upstream %s: %s", upstream.name(), connected.cause().getMessage());
                // the unread body is dropped and the connection not reused: no byte of it may pass for a request
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                GatewayError.BAD_GATEWAY.send(rc.response()).onComplete(sent -> request.connection().close());
                return;
            }
            forward(rc, connected.result(), upstream, firstTry ? () -> send(rc, options, upstream, false) : null);
        });
    }

    /**
     * @param retry sends the request again on a fresh connection, or null on the second try: a
     *              pooled keep-alive connection the upstream closed just as it was reused fails a
     *              request it never saw (RFC 9112 9.3.1: a client may retry an idempotent request
     *              then, as Go's and Netty's clients do); only requests without a body are retried
     */
    private void forward(RoutingContext rc, HttpClientRequest upstreamRequest, Upstream upstream, Runnable retry) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        UpstreamExchange exchange = new UpstreamExchange(upstreamRequest);
        response.closeHandler(closed -> exchange.abandon(response.bytesWritten()));
        upstreamRequest.exceptionHandler(failure -> LOG.debugf("upstream exchange failed: %s", failure.getMessage()));
        boolean bodiless = !hasBody(request);
        upstreamRequest.response().onComplete(answered -> {
            if (answered.failed()) {
                if (response.closed()) {
                    LOG.debugf("client gone before upstream %s answered", upstream.name());
                    return;
                }
                if (retry != null && bodiless && IDEMPOTENT.contains(request.method())
                        && answered.cause() instanceof HttpClosedException && !response.headWritten()) {
                    LOG.debugf("upstream %s closed a reused connection, sending again", upstream.name());
                    retry.run();
                    return;
                }
                LOG.warnf("failed to get an answer from upstream %s: %s", upstream.name(), answered.cause().getMessage());
                failOrReset(request, response);
                return;
            }
            relay(request, response, answered.result(), exchange);
        });
        if (!bodiless) {
            if (!request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                upstreamRequest.setChunked(true);
            }
            if (expectsContinue(request)) {
                response.writeContinue();
            }
            // A failure here is the upstream refusing the rest (it answered early and closed: its
            // answer follows, or the closed connection fails it) or the client vanishing (its
            // closeHandler abandons the upstream exchange). Resetting here would drop that answer.
            Relay.start(request, upstreamRequest).done().onComplete(piped -> {
                if (piped.succeeded()) {
                    exchange.endRequest();
                } else {
                    LOG.debugf("request body stream broken: %s", piped.cause().getMessage());
                }
            });
        } else {
            request.resume();
            exchange.endRequest();
        }
    }

    private void relay(HttpServerRequest request, HttpServerResponse response, HttpClientResponse answer,
            UpstreamExchange exchange) {
        if (response.closed()) {
            exchange.answered(answer, null);
            exchange.abandon(0);
            return;
        }
        response.setStatusCode(answer.statusCode());
        if (answer.statusMessage() != null) {
            response.setStatusMessage(answer.statusMessage());
        }
        headers.copyResponse(answer.headers(), response.headers());
        boolean bodiless = request.method() == HttpMethod.HEAD || answer.statusCode() == 204
                || answer.statusCode() == 304 || answer.statusCode() < 200;
        if (!bodiless && !answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        answer.pause();
        BodyRelay relay = answers.start(request, response, answer);
        exchange.answered(answer, relay);
        relay.done().onComplete(relayed -> {
            if (relayed.succeeded()) {
                response.end();
                return;
            }
            LOG.debugf("response body stream broken: %s", relayed.cause().getMessage());
            exchange.abandon(response.bytesWritten());
            response.reset();
        });
    }

    private static void failOrReset(HttpServerRequest request, HttpServerResponse response) {
        if (response.headWritten()) {
            response.reset();
        } else {
            // part of the body may be unread: the connection cannot carry another request
            response.putHeader(HttpHeaders.CONNECTION, "close");
            GatewayError.BAD_GATEWAY.send(response).onComplete(sent -> request.connection().close());
        }
    }

    /** The request target as sent, except that an absolute-form one ({@code GET http://h/p}) loses its scheme and host. */
    private static String originForm(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.startsWith("/")) {
            return uri;
        }
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        return request.query() == null ? path : path + "?" + request.query();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.headers().get(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean expectsContinue(HttpServerRequest request) {
        String expect = request.headers().get(HttpHeaders.EXPECT);
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }
}
