package io.berth.gateway.proxy;

import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.util.AttributeKey;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.lang.reflect.Field;

/**
 * Socket settings for bodies moving at loopback speed, measured against nginx (see the module
 * README): Netty's defaults (reads of at most 64 KiB, bodies cut in 8 KiB chunks, a write queue
 * full at 64 KiB) cost a pass through the whole HTTP stack, a flush and a pause of the other side
 * every few kilobytes.
 */
final class ConnectionTuning {

    /** The largest socket read on a client connection, and the largest body chunk the HTTP codecs hand on. */
    static final int CHUNK = 256 * 1024;
    /**
     * The largest read on an upstream connection, as large as a splice's pipe ({@link SplicedAnswer}
     * splices as much per call as a read would take): 1 MiB instead of 256 KiB took a quarter of the
     * gateway's system time off a spliced 512 MiB GET (248 to 186 ms). A relayed read this large
     * reaches the client in four chunks.
     */
    static final int UPSTREAM_READ = SplicePlumbing.PIPE_BYTES;
    /** Queued bytes at which a connection stops taking writes (the relay pauses its source), and resumes. */
    static final WriteBufferWaterMark WRITE_QUEUE = new WriteBufferWaterMark(512 * 1024, 1024 * 1024);

    private static final AttributeKey<Boolean> TUNED = AttributeKey.valueOf("berth-gateway-tuned");

    private ConnectionTuning() {
    }

    /** Tunes a client connection once, on its first request; later calls cost an attribute lookup. */
    static void clientSide(HttpConnection connection) {
        if (connection instanceof ConnectionBase base && !base.channel().hasAttr(TUNED)) {
            Channel channel = base.channel();
            channel.attr(TUNED).set(Boolean.TRUE);
            channel.config().setRecvByteBufAllocator(reads(CHUNK));
            channel.config().setAllocator(DirectChunks.ALLOCATOR);
            channel.config().setWriteBufferWaterMark(WRITE_QUEUE);
        }
    }

    /**
     * Tunes an upstream connection as it opens (Vert.x' client takes its write-queue limits from
     * the options it was built with, so only reads and the read window change here).
     */
    static void upstreamSide(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            base.channel().config().setRecvByteBufAllocator(reads(UPSTREAM_READ));
            base.channel().config().setAllocator(DirectChunks.ALLOCATOR);
            READ_WINDOW.widen(connection);
        }
    }

    static final ReadWindow READ_WINDOW = new ReadWindow();

    /**
     * Vert.x' HTTP/1 client pauses a connection (stops reading its socket) while more of the answer
     * than the channel's write-buffer high-water mark is unconsumed, and resumes below the low one;
     * it copies both marks when the connection is made, when they are still Netty's defaults
     * (64 and 32 KiB) and no option sets them. A 256 KiB chunk then paused and resumed the socket
     * each time, two epoll_ctl calls per chunk even while the relay consumed every chunk at once
     * (measured with strace: 4,096 for a 512 MiB blob). The window becomes the write queue's, so a
     * connection reads on as long as the client side takes the bytes and still stops at about 1 MiB
     * when it does not. The marks are private fields of Vert.x 4's Http1xClientConnection; if they
     * cannot be set the connection works as before, only slower (ReadWindowTest fails first).
     */
    static final class ReadWindow {

        private final Field high;
        private final Field low;

        ReadWindow() {
            Field h = null;
            Field l = null;
            try {
                Class<?> type = Class.forName("io.vertx.core.http.impl.Http1xClientConnection");
                h = type.getDeclaredField("highWaterMark");
                l = type.getDeclaredField("lowWaterMark");
                h.setAccessible(true);
                l.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                h = null;
                l = null;
            }
            this.high = h;
            this.low = l;
        }

        boolean available() {
            return high != null;
        }

        void widen(HttpConnection connection) {
            if (high == null || !high.getDeclaringClass().isInstance(connection)) {
                return;
            }
            try {
                high.setLong(connection, WRITE_QUEUE.high());
                low.setLong(connection, WRITE_QUEUE.low());
            } catch (IllegalAccessException e) {
                // left as Vert.x made it: correct, only slower
            }
        }

        /** The marks a connection pauses and resumes at, for tests. */
        long[] marks(HttpConnection connection) throws IllegalAccessException {
            return new long[] {high.getLong(connection), low.getLong(connection)};
        }
    }

    private static AdaptiveRecvByteBufAllocator reads(int largest) {
        return new AdaptiveRecvByteBufAllocator(64, 16 * 1024, largest);
    }
}
