package io.berth.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.gateway.support.EchoUpstream;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upstream connection pauses its socket only when about a write queue's worth of answer is
 * unconsumed, not at Netty's default 64 KiB (which paused and resumed it for every 256 KiB chunk).
 * The marks are private to Vert.x' HTTP/1 client: this fails first when a Vert.x upgrade moves them.
 */
class ReadWindowTest {

    private Vertx vertx;
    private EchoUpstream upstream;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        upstream = EchoUpstream.start("registry");
    }

    @AfterEach
    void stop() throws Exception {
        upstream.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void upstreamConnectionsReadAWriteQueueAhead() throws Exception {
        assertTrue(ConnectionTuning.READ_WINDOW.available(), "Vert.x' HTTP/1 client has no read-window marks any more");
        CompletableFuture<long[]> marks = new CompletableFuture<>();
        HttpClient client = vertx.httpClientBuilder().with(new HttpClientOptions())
                .withConnectHandler(connection -> {
                    ConnectionTuning.upstreamSide(connection);
                    try {
                        marks.complete(ConnectionTuning.READ_WINDOW.marks(connection));
                    } catch (IllegalAccessException e) {
                        marks.completeExceptionally(e);
                    }
                })
                .build();

        int status = client.request(HttpMethod.GET, upstream.port(), "127.0.0.1", "/v2/")
                .compose(request -> request.send()).map(answer -> answer.statusCode())
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertEquals(200, status);
        assertArrayEquals(new long[] {ConnectionTuning.WRITE_QUEUE.high(), ConnectionTuning.WRITE_QUEUE.low()},
                marks.get(10, TimeUnit.SECONDS));
    }
}
