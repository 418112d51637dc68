package io.berth.registry.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Copies a stream to a response from a worker thread, waiting while the write queue is full. */
final class ResponseStreamer {

    private static final int CHUNK = 64 * 1024;

    private ResponseStreamer() {
    }

    static void copy(InputStream in, long length, HttpServerResponse r) throws Exception {
        byte[] buf = new byte[CHUNK];
        long left = length;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                throw new IOException("content ended early");
            }
            if (r.closed()) {
                throw new IOException("client went away");
            }
            if (r.writeQueueFull()) {
                CompletableFuture<Void> drained = new CompletableFuture<>();
                r.drainHandler(v -> drained.complete(null));
                r.closeHandler(v -> drained.completeExceptionally(new IOException("client went away")));
                if (r.writeQueueFull()) {
                    drained.get(5, TimeUnit.MINUTES);
                }
            }
            r.write(Buffer.buffer(java.util.Arrays.copyOf(buf, n)));
            left -= n;
        }
        r.end();
    }
}
