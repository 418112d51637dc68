package io.berth.registry.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes a response body from a worker thread, one chunk at a time, waiting while the response's
 * write queue is full: at most one chunk beyond Netty's high-water mark is ever in memory, however
 * large the blob (backpressure instead of buffering).
 */
final class ResponseStreamer {

    static final int CHUNK = 64 * 1024;
    private static final long DRAIN_TIMEOUT_MINUTES = 5;

    private final HttpServerResponse r;

    ResponseStreamer(HttpServerResponse r) {
        this.r = r;
    }

    static void copy(InputStream in, long length, HttpServerResponse r) throws Exception {
        ResponseStreamer out = new ResponseStreamer(r);
        byte[] buf = new byte[CHUNK];
        long left = length;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                throw new IOException("content ended early");
            }
            out.write(Arrays.copyOf(buf, n));
            left -= n;
        }
        r.end();
    }

    /** Writes one chunk (which the response then owns) once the write queue has room. */
    void write(byte[] chunk) throws IOException {
        if (r.closed()) {
            throw new ClientConnectionException("client went away");
        }
        if (r.writeQueueFull()) {
            CompletableFuture<Void> drained = new CompletableFuture<>();
            r.drainHandler(v -> drained.complete(null));
            r.closeHandler(v -> drained.completeExceptionally(new ClientConnectionException("client went away")));
            if (r.writeQueueFull()) { // the queue may have drained before the handler was set
                try {
                    drained.get(DRAIN_TIMEOUT_MINUTES, TimeUnit.MINUTES);
                } catch (TimeoutException e) {
                    throw new ClientConnectionException("client stopped reading", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
            }
        }
        r.write(Buffer.buffer(chunk));
    }
}
