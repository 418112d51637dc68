package io.berth.registry.blob;

import java.io.IOException;

/**
 * The client waiting for a blob that is being fetched from upstream: it receives the bytes while
 * they are written to storage, instead of after the whole blob has been stored.
 */
public interface BlobTee {

    /** The upstream answered; {@code length} is its Content-Length, or -1. Called once, before any chunk. */
    void begin(long length) throws IOException;

    /**
     * Bytes just read from upstream, in order. The array is reused after the call returns. A tee
     * whose client went away drops them: the fetch goes on for the cache and the other waiters.
     */
    void chunk(byte[] b, int off, int len);
}
