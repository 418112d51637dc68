package io.berth.gateway.proxy;

import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.util.AttributeKey;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Socket settings for bodies moving at loopback speed, measured against nginx (see the module
 * README): Netty's defaults (reads of at most 64 KiB, bodies cut in 8 KiB chunks, a write queue
 * full at 64 KiB) cost a pass through the whole HTTP stack, a flush and a pause of the other side
 * every few kilobytes.
 */
final class ConnectionTuning {

    /** The largest socket read, and the largest body chunk the HTTP codecs hand on. */
    static final int CHUNK = 256 * 1024;
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
            channel.config().setRecvByteBufAllocator(reads());
            channel.config().setAllocator(DirectChunks.ALLOCATOR);
            channel.config().setWriteBufferWaterMark(WRITE_QUEUE);
        }
    }

    /**
     * Tunes an upstream connection as it opens (Vert.x' client takes its write-queue limits from
     * the options it was built with, so only reads change here).
     */
    static void upstreamSide(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            base.channel().config().setRecvByteBufAllocator(reads());
            base.channel().config().setAllocator(DirectChunks.ALLOCATOR);
        }
    }

    private static AdaptiveRecvByteBufAllocator reads() {
        return new AdaptiveRecvByteBufAllocator(64, 16 * 1024, CHUNK);
    }
}
