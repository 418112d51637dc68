package io.berth.gateway.proxy;

import io.berth.gateway.config.GatewayConfig;
import io.netty.channel.EventLoop;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pooled HTTP clients the gateway uses for every upstream: one per event loop, so that an
 * upstream connection always runs on the event loop of the client connection it serves. Vert.x'
 * client pool hands out the most recently used free connection whatever its event loop; a request
 * from another loop then crosses threads twice per body chunk (the reading loop queues each write
 * on the other and pauses its socket until that write is done) and once per small request.
 */
@ApplicationScoped
public class UpstreamClient {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final Map<EventLoop, HttpClient> byEventLoop = new ConcurrentHashMap<>();

    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.options = new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout(config.connectTimeoutSeconds() * 1000)
                // bodies pass through as they are, compressed or not
                .setDecompressionSupported(false)
                .setTryUseCompression(false)
                .setMaxHeaderSize(MAX_HEADER_BYTES)
                .setMaxChunkSize(ConnectionTuning.CHUNK)
                .setMaxInitialLineLength(MAX_HEADER_BYTES);
        this.pool = new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream());
    }

    /** The client whose connections live on the calling event loop (callers run on one: route handlers). */
    public HttpClient client() {
        ContextInternal context = (ContextInternal) vertx.getOrCreateContext();
        return byEventLoop.computeIfAbsent(context.nettyEventLoop(), loop -> vertx.httpClientBuilder()
                .with(options).with(pool)
                .withConnectHandler(UpstreamClient::keepReadingAfterAFailedWrite)
                .build());
    }

    /**
     * An upstream that answers before reading the body (a 401 challenge, a 413) and closes makes
     * the next write of that body fail; by default Netty then closes the channel at once and the
     * answer, already received, is never read. Without auto-close it only shuts the output down and
     * reads on: the answer comes through, then the reset closes the channel.
     */
    private static void keepReadingAfterAFailedWrite(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            base.channel().config().setAutoClose(false);
        }
        ConnectionTuning.upstreamSide(connection);
    }

    @PreDestroy
    void close() {
        byEventLoop.values().forEach(HttpClient::close);
    }
}
