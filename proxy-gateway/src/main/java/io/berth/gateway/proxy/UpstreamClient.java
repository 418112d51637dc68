package io.berth.gateway.proxy;

import io.berth.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** The one pooled HTTP client the gateway uses for every upstream. */
@ApplicationScoped
public class UpstreamClient {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final HttpClient client;

    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout(config.connectTimeoutSeconds() * 1000)
                // bodies pass through as they are, compressed or not
                .setDecompressionSupported(false)
                .setTryUseCompression(false)
                .setMaxHeaderSize(MAX_HEADER_BYTES)
                .setMaxChunkSize(ConnectionTuning.CHUNK)
                .setMaxInitialLineLength(MAX_HEADER_BYTES);
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream());
        this.client = vertx.httpClientBuilder().with(options).with(pool)
                .withConnectHandler(UpstreamClient::keepReadingAfterAFailedWrite)
                .build();
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

    public HttpClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
