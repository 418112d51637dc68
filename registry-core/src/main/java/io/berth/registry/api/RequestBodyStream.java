package io.berth.registry.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;

/**
 * A blocking {@link InputStream} over a Vert.x request body with back-pressure: the request is
 * paused while more than {@link #HIGH_WATER} bytes wait, so memory stays bounded whatever the
 * body size. Must be created on the event loop before the body starts to flow.
 */
public final class RequestBodyStream extends InputStream {

    private static final int HIGH_WATER = 1024 * 1024;
    private static final int LOW_WATER = 256 * 1024;
    private static final long IDLE_TIMEOUT_MS = 5 * 60 * 1000L;

    private final HttpServerRequest request;
    private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
    private Buffer current;
    private int position;
    private long queued;
    private boolean ended;
    private boolean paused;
    private Throwable failure;
    private long received;

    public RequestBodyStream(HttpServerRequest request) {
        this.request = request;
        request.handler(this::onData);
        request.endHandler(v -> onEnd());
        request.exceptionHandler(this::onFailure);
        request.resume();
    }

    private synchronized void onData(Buffer b) {
        queue.add(b);
        queued += b.length();
        received += b.length();
        if (queued > HIGH_WATER && !paused) {
            paused = true;
            request.pause();
        }
        notifyAll();
    }

    private synchronized void onEnd() {
        ended = true;
        notifyAll();
    }

    private synchronized void onFailure(Throwable t) {
        failure = t;
        notifyAll();
    }

    /** Bytes received from the client so far. */
    public synchronized long received() {
        return received;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (current == null || position >= current.length()) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length() - position);
        current.getBytes(position, position + n, b, off);
        position += n;
        return n;
    }

    private synchronized boolean next() throws IOException {
        long deadline = System.currentTimeMillis() + IDLE_TIMEOUT_MS;
        while (queue.isEmpty()) {
            if (failure != null) {
                throw new ClientConnectionException("failed to read request body", failure);
            }
            if (ended) {
                return false;
            }
            long wait = deadline - System.currentTimeMillis();
            if (wait <= 0) {
                throw new ClientConnectionException("request body idle timeout");
            }
            try {
                wait(Math.min(wait, 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }
        current = queue.poll();
        position = 0;
        queued -= current.length();
        if (paused && queued < LOW_WATER) {
            paused = false;
            request.resume();
        }
        return true;
    }
}
