package io.berth.gateway.support;

import io.vertx.core.http.HttpServerResponse;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A deterministic body of any size produced on the fly (never held whole in memory): byte i
 * is a function of i, so both ends can compute the expected SHA-256 independently.
 */
public final class GeneratedBody {

    private static final int CHUNK = 64 * 1024;

    private final long size;

    public GeneratedBody(long size) {
        this.size = size;
    }

    static void fill(byte[] chunk, long offset, int count) {
        fill(chunk, 0, offset, count);
    }

    static void fill(byte[] target, int at, long offset, int count) {
        for (int i = 0; i < count; i++) {
            long position = offset + i;
            target[at + i] = (byte) ((position * 31) ^ (position >>> 9));
        }
    }

    /** The body as a stream, for clients. */
    public InputStream stream() {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                byte[] one = new byte[1];
                fill(one, 0, position++, 1);
                return one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int count = (int) Math.min(len, size - position);
                fill(b, off, position, count);
                position += count;
                return count;
            }
        };
    }

    /** The expected SHA-256, hex. */
    public String sha256() {
        MessageDigest sha = EchoUpstream.sha256();
        byte[] chunk = new byte[CHUNK];
        for (long offset = 0; offset < size; offset += CHUNK) {
            int count = (int) Math.min(CHUNK, size - offset);
            fill(chunk, offset, count);
            sha.update(chunk, 0, count);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Writes the body to a response with back-pressure (waits on the write queue's drain). */
    void writeTo(HttpServerResponse response) {
        new Object() {
            long offset;

            void pump() {
                while (offset < size && !response.writeQueueFull()) {
                    int count = (int) Math.min(CHUNK, size - offset);
                    byte[] chunk = new byte[count];
                    fill(chunk, offset, count);
                    offset += count;
                    response.write(EchoUpstream.buffer(chunk));
                }
                if (offset >= size) {
                    response.end();
                } else {
                    response.drainHandler(v -> pump());
                }
            }
        }.pump();
    }
}
