package io.berth.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Moves one body from one side of the gateway to the other ({@link Relay}, {@link SplicedAnswer}).
 * A relay never ends its destination; the caller decides what an end or a failure means.
 */
abstract class BodyRelay {

    final Promise<Void> done = Promise.promise();

    /** Takes {@code source}'s chunks, end and failure from now on; the source must be paused and have no handlers yet. */
    final void listen(ReadStream<Buffer> source) {
        source.endHandler(ended -> done.tryComplete());
        source.exceptionHandler(this::fail);
        source.handler(this::take);
        source.resume();
    }

    /** Completes when the whole body was handed to the other side, fails when it cannot be. */
    final Future<Void> done() {
        return done.future();
    }

    /** Stops relaying: the other side is gone. */
    final void close() {
        fail(new VertxException("relay closed", true));
    }

    /** One chunk of the body, in order. */
    abstract void take(Buffer chunk);

    /** Ends the relay as failed (at most once: later calls find {@link #done} complete). */
    abstract void fail(Throwable cause);
}
