package io.berth.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.http.AbandonedAnswer;
import io.berth.gateway.support.EchoUpstream;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.WriteStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Abandoning an upstream exchange (its client went away) never closes a pooled connection that may
 * already carry another request, and still stops an answer too large to read to its end. Seen from
 * the upstream: how many connections the gateway's pool opened to it.
 */
class UpstreamExchangeTest {

    private static final long MIB = 1024 * 1024;

    private EchoUpstream upstream;
    private Vertx vertx;
    private HttpClient client;

    @BeforeEach
    void start() {
        upstream = EchoUpstream.start("registry");
        vertx = Vertx.vertx();
        // one pooled keep-alive connection, as the gateway's pool has per upstream and event loop
        client = vertx.httpClientBuilder().with(new HttpClientOptions().setKeepAlive(true))
                .with(new PoolOptions().setHttp1MaxSize(1)).build();
    }

    @AfterEach
    void stop() {
        vertx.close();
        upstream.close();
    }

    @Test
    void abandoningAnExchangeWhoseAnswerEndedLeavesItsConnectionInThePool() throws Exception {
        onLoop(() -> exchange("/v2/whole").compose(exchange -> exchange.answer.body().map(body -> {
            exchange.exchange.answered(exchange.answer, null);
            // the client closed after the last byte: the exchange is abandoned after its end
            exchange.exchange.abandon(body.length());
            return null;
        })));

        assertSecondRequestUsesConnections(1);
    }

    @Test
    void abandoningASmallRestReadsItAndKeepsTheConnection() throws Exception {
        long forwarded = onLoop(() -> relayToAStuckClient(1 * MIB));

        assertTrue(forwarded < MIB, "the client took " + forwarded + " bytes");
        assertSecondRequestUsesConnections(1);
    }

    @Test
    void abandoningALargeRestResetsTheConnection() throws Exception {
        onLoop(() -> relayToAStuckClient(AbandonedAnswer.DRAIN_LIMIT + 64 * MIB));

        assertSecondRequestUsesConnections(2);
    }

    @Test
    void abandoningBeforeTheAnswerArrivedResetsTheConnection() throws Exception {
        onLoop(() -> client.request(new RequestOptions().setMethod(HttpMethod.POST).setPort(upstream.port())
                .setHost("127.0.0.1").setURI("/v2/partial").putHeader("Content-Length", "10")).map(request -> {
                    UpstreamExchange exchange = new UpstreamExchange(request);
                    request.write("01234"); // half the body: the connection cannot carry another request
                    exchange.abandon(0);
                    return null;
                }));

        assertSecondRequestUsesConnections(2);
    }

    /** Relays an answer of {@code size} bytes to a client that takes one piece and then nothing. */
    private Future<Long> relayToAStuckClient(long size) {
        return exchange("/v2/download?length=true&size=" + size).compose(exchange -> {
            StuckClient stuck = new StuckClient();
            exchange.answer.pause();
            exchange.exchange.answered(exchange.answer, Relay.start(exchange.answer, stuck));
            return stuck.firstWrite.future().map(first -> {
                exchange.exchange.abandon(stuck.taken);
                return stuck.taken;
            });
        });
    }

    private void assertSecondRequestUsesConnections(int expected) throws Exception {
        String body = onLoop(() -> client.request(HttpMethod.GET, upstream.port(), "127.0.0.1", "/v2/next")
                .compose(request -> request.send()).compose(answer -> answer.body()).map(Buffer::toString));

        assertTrue(body.contains("\"upstream\":\"registry\""), body);
        assertEquals(expected, upstream.connectionsOpened(), "connections opened to the upstream");
    }

    private record Exchange(UpstreamExchange exchange, io.vertx.core.http.HttpClientResponse answer) {
    }

    private Future<Exchange> exchange(String uri) {
        return client.request(HttpMethod.GET, upstream.port(), "127.0.0.1", uri).compose(request -> {
            UpstreamExchange exchange = new UpstreamExchange(request);
            exchange.endRequest();
            return request.response().map(answer -> new Exchange(exchange, answer));
        });
    }

    /** Runs {@code work} on one event-loop context, as the gateway runs an exchange, and waits for it. */
    private <T> T onLoop(Supplier<Future<T>> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(v -> work.get().onComplete(r -> {
            if (r.succeeded()) {
                done.complete(r.result());
            } else {
                done.completeExceptionally(r.cause());
            }
        }));
        return done.get(30, TimeUnit.SECONDS);
    }

    /** A client that takes the first piece of an answer and then stops reading (its queue stays full). */
    private static final class StuckClient implements WriteStream<Buffer> {
        final Promise<Void> firstWrite = Promise.promise();
        long taken;

        @Override
        public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public Future<Void> write(Buffer data) {
            taken += data.length();
            // later, as a client's close is: not inside the relay's own write
            Vertx.currentContext().runOnContext(v -> firstWrite.tryComplete());
            return Future.succeededFuture();
        }

        @Override
        public void write(Buffer data, Handler<AsyncResult<Void>> handler) {
            write(data).onComplete(handler);
        }

        @Override
        public void end(Handler<AsyncResult<Void>> handler) {
            handler.handle(Future.succeededFuture());
        }

        @Override
        public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
            return this;
        }

        @Override
        public boolean writeQueueFull() {
            return true;
        }

        @Override
        public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
            return this;
        }
    }
}
