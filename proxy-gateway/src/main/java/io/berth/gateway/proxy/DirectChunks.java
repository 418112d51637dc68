package io.berth.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.buffer.impl.BufferImpl;

/**
 * Body chunks that cross the gateway without a copy in Java. Vert.x 4 copies every chunk read into a
 * buffer of Netty's pooled allocator onto the heap (so that no pooled memory escapes to user code),
 * and the socket then copies it back into direct memory to write it: two copies and a heap array per
 * chunk, most of the gateway's CPU on a large blob. Connections that carry bodies read into unpooled
 * direct buffers instead, which Vert.x hands on as they are and the socket writes as they are.
 * <p>
 * Whoever writes a chunk on frees it once the write completed ({@link #release}); a chunk dropped on
 * an abort path (a reset exchange, a closed connection) is freed by the GC, because these buffers
 * carry a cleaner.
 */
final class DirectChunks {

    /** Direct, unpooled, freed on release or else by the GC; no leak detector (a GC-freed chunk is not a leak). */
    static final ByteBufAllocator ALLOCATOR = new UnpooledByteBufAllocator(true, true, false);

    private DirectChunks() {
    }

    /** Frees a chunk that was written or dropped; the caller must not touch it afterwards. */
    static void release(Buffer chunk) {
        if (chunk instanceof BufferImpl impl) {
            ByteBuf buf = impl.byteBuf();
            if (buf.refCnt() > 0) {
                buf.release();
            }
        }
    }
}
