package io.berth.registry.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;

/**
 * A blocking {@link InputStream} over a Vert.x body stream (a request the server receives, a
 * response the client receives) with back-pressure: the stream is paused while more than
 * {@link #HIGH_WATER} bytes wait, so memory stays bounded whatever the body size. Must be created
 * on the event loop before the body starts to flow; read from a worker thread.
 */
public class StreamedBody extends InputStream {

    private static final int HIGH_WATER = 1024 * 1024;
    private static final int LOW_WATER = 256 * 1024;
    private static final long IDLE_TIMEOUT_MS = 5 * 60 * 1000L;

    private final ReadStream<Buffer> source;
    private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
    private Buffer current;
    private int position;
    private long queued;
    private boolean ended;
    private boolean paused;
    private boolean closed;
    private Throwable failure;
    private long received;

    public StreamedBody(ReadStream<Buffer> source) {
        this.source = source;
        source.handler(this::onData);
        source.endHandler(v -> onEnd());
        source.exceptionHandler(this::onFailure);
        source.resume();
    }

    /** The exception a broken or stalled body is reported as. */
    protected IOException failed(String message, Throwable cause) {
        return new IOException(message, cause);
    }

    /**
     * Called when the reader closes the stream before its end: by default the rest is received and
     * dropped (a connection kept alive stays usable).
     */
    protected void abandoned() {
        source.resume();
    }

    private synchronized void onData(Buffer b) {
        if (closed) {
            return;
        }
        queue.add(b);
        queued += b.length();
        received += b.length();
        if (queued > HIGH_WATER && !paused) {
            paused = true;
            source.pause();
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

    /** Bytes received so far. */
    public synchronized long received() {
        return received;
    }

    /** Whether the whole body arrived. */
    public synchronized boolean complete() {
        return ended && failure == null;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    /**
     * Fills {@code b} from as many received chunks as are already there, waiting only while none
     * is: a reader with a 128 KiB buffer then writes 128 KiB at a time, not one network read's
     * worth (a 512 MiB upload was 65,536 file writes of 8 KiB).
     */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (current == null || position >= current.length()) {
                if (n == 0 ? !next() : !nextIfReceived()) {
                    break;
                }
            }
            int k = Math.min(len - n, current.length() - position);
            current.getBytes(position, position + k, b, off + n);
            position += k;
            n += k;
        }
        return n == 0 ? -1 : n;
    }

    /** Takes the next chunk if one is queued, without waiting; a failure is left for the next read. */
    private synchronized boolean nextIfReceived() {
        if (queue.isEmpty()) {
            return false;
        }
        take();
        return true;
    }

    private synchronized boolean next() throws IOException {
        long deadline = System.currentTimeMillis() + IDLE_TIMEOUT_MS;
        while (queue.isEmpty()) {
            if (failure != null) {
                throw failed("failed to read the body", failure);
            }
            if (ended) {
                return false;
            }
            long wait = deadline - System.currentTimeMillis();
            if (wait <= 0) {
                throw failed("body idle timeout", null);
            }
            try {
                wait(Math.min(wait, 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }
        take();
        return true;
    }

    /** Moves to the next queued chunk; the caller holds the lock and has seen the queue non-empty. */
    private void take() {
        current = queue.poll();
        position = 0;
        queued -= current.length();
        if (paused && queued < LOW_WATER) {
            paused = false;
            source.resume();
        }
    }

    @Override
    public void close() {
        boolean early;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            early = !ended && failure == null;
            queue.clear();
            queued = 0;
            current = null;
        }
        if (early) {
            abandoned();
        }
    }
}
