package io.berth.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.berth.gateway.config.GatewayConfig;
import io.berth.gateway.support.EchoUpstream;
import io.netty.channel.EventLoop;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.ConnectionBase;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upstream connection serves requests of its own event loop only. Vert.x' pool would hand the
 * connection a request from loop A left behind to a request from loop B, and every body chunk of
 * that exchange would then cross threads.
 */
class UpstreamClientTest {

    private Vertx vertx;
    private EchoUpstream upstream;
    private UpstreamClient upstreams;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        upstream = EchoUpstream.start("registry");
        upstreams = new UpstreamClient(vertx, new Config());
    }

    @AfterEach
    void stop() throws Exception {
        upstreams.close();
        upstream.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRequestRunsOnAConnectionOfItsOwnEventLoop() throws Exception {
        Context first = ((VertxInternal) vertx).createEventLoopContext();
        Context second = ((VertxInternal) vertx).createEventLoopContext();
        assertNotSame(loop(first), loop(second), "two contexts on two event loops");

        // the first loop's connection is back in the pool when the second loop asks
        assertEquals(loop(first), connectionLoop(first));
        assertEquals(loop(second), connectionLoop(second));
        assertEquals(loop(first), connectionLoop(first));
    }

    /** The event loop of the upstream connection a request made on {@code context} used. */
    private EventLoop connectionLoop(Context context) throws Exception {
        Promise<EventLoop> used = Promise.promise();
        context.runOnContext(v -> upstreams.client().request(HttpMethod.GET, upstream.port(), "127.0.0.1", "/v2/")
                .compose(request -> request.send().compose(answer -> answer.body().map(body ->
                        ((ConnectionBase) request.connection()).channel().eventLoop())))
                .onComplete(used));
        Future<EventLoop> result = used.future();
        return result.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static EventLoop loop(Context context) {
        return ((ContextInternal) context).nettyEventLoop();
    }

    private final class Config implements GatewayConfig {
        @Override
        public URI registryUrl() {
            return URI.create(upstream.url());
        }

        @Override
        public URI uiUrl() {
            return registryUrl();
        }

        @Override
        public URI authUrl() {
            return registryUrl();
        }

        @Override
        public Optional<String> externalUrl() {
            return Optional.empty();
        }

        @Override
        public int connectTimeoutSeconds() {
            return 5;
        }

        @Override
        public int idleTimeoutSeconds() {
            return 60;
        }

        @Override
        public int maxConnectionsPerUpstream() {
            return 4;
        }
    }
}
