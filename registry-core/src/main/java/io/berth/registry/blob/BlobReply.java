package io.berth.registry.blob;

/**
 * The client's side of a blob GET or HEAD, as a {@link BlobService} sees it: served from storage
 * (whole or the range asked for), answered from a size alone (a HEAD), or streamed while the blob
 * is being stored ({@link BlobTee}).
 */
public interface BlobReply extends BlobTee {

    /** A HEAD: headers only. */
    boolean head();

    /** The client asked for part of the blob (a Range). */
    boolean ranged();

    /** Sends the stored blob: whole, or the range asked for; headers only for a HEAD. */
    void stored(StoredBlob blob) throws Exception;

    /** Answers a HEAD from the blob's size alone (nothing stored locally). */
    void described(long size);

    /** Ends a reply whose bytes went through the tee, once the blob is committed. */
    void finish();
}
