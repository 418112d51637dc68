package io.berth.common.http;

import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;

/**
 * What to do with the rest of an HTTP answer nobody wants any more (its reader or client went away):
 * reset the exchange, or read the rest and drop it.
 * <p>
 * Vert.x' reset of a client request whose answer has ended closes the connection it ran on, even when
 * that connection is back in the pool and already carries another request
 * (Http1xClientConnection#reset treats an ended answer as in flight); that request then fails with
 * "Connection was closed". And an answer can have ended on its connection while its last part still
 * waits, unseen, in the paused stream's buffer. So a reset is only safe while more of the answer is
 * missing than a connection ever reads ahead of its reader: its 64 KiB read window plus the socket
 * reads already decoded, far below {@link #DRAIN_LIMIT}. A smaller or unknown rest is read and
 * dropped (the request's idle timeout still ends an upstream that stalls), and the connection stays.
 */
public final class AbandonedAnswer {

    /** The largest rest read and dropped rather than reset. */
    public static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    private AbandonedAnswer() {
    }

    /** Whether the rest of {@code answer}, of which {@code received} body bytes reached the reader, is worth resetting. */
    public static boolean resettable(HttpClientResponse answer, long received) {
        return resettable(declaredLength(answer), received);
    }

    /**
     * @param declaredLength the answer's Content-Length (0 for a HEAD), or -1 when not declared
     * @param received how much of its body has reached the reader
     * @return whether resetting the exchange cannot touch a connection that went back to the pool
     */
    public static boolean resettable(long declaredLength, long received) {
        return declaredLength >= 0 && declaredLength - received > DRAIN_LIMIT;
    }

    /** The declared length of an answer's body: 0 for a HEAD, -1 when not declared (or unreadable). */
    static long declaredLength(HttpClientResponse answer) {
        if (answer.request().getMethod() == HttpMethod.HEAD) {
            return 0;
        }
        String value = answer.getHeader("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
