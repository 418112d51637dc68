package io.berth.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;

/**
 * Moves one body from a read stream to a write stream, as Vert.x' pipe does (the source pauses
 * while the sink's write queue is full), and frees each chunk once its write completed (see
 * {@link DirectChunks}). The relay never ends the sink; the caller decides what an end or a
 * failure means.
 */
final class Relay extends BodyRelay {

    private final ReadStream<Buffer> source;
    private final WriteStream<Buffer> sink;

    private Relay(ReadStream<Buffer> source, WriteStream<Buffer> sink) {
        this.source = source;
        this.sink = sink;
    }

    /**
     * Starts moving {@code source}, which must be paused and have no handlers yet, into {@code sink}.
     * The relay's {@link #done} completes when the source ended, fails when either side failed.
     */
    static Relay start(ReadStream<Buffer> source, WriteStream<Buffer> sink) {
        Relay relay = new Relay(source, sink);
        relay.listen(source);
        return relay;
    }

    @Override
    void take(Buffer chunk) {
        sink.write(chunk).onComplete(written -> {
            DirectChunks.release(chunk);
            if (written.failed()) {
                fail(written.cause());
            }
        });
        if (sink.writeQueueFull()) {
            source.pause();
            sink.drainHandler(drained -> source.resume());
        }
    }

    /** Stops relaying; what is left of the body is read and dropped. */
    @Override
    void fail(Throwable cause) {
        if (!done.tryFail(cause)) {
            return;
        }
        sink.drainHandler(null);
        try {
            source.exceptionHandler(null);
            source.endHandler(null);
            source.handler(DirectChunks::release);
            source.resume();
        } catch (IllegalStateException ended) {
            // the source failed or ended: nothing more comes from it
        }
    }
}
