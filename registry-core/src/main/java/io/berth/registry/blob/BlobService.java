package io.berth.registry.blob;

import io.berth.registry.storage.Digest;

/**
 * Blobs as registry clients reach them (distribution's {@code BlobStore}). The plain store is
 * {@link LocalBlobs}; a pull-through cache wraps it, assembled in one producer, so the HTTP
 * handlers see neither.
 */
public interface BlobService {

    /** Answers a GET or HEAD of the blob through {@code reply}; BLOB_UNKNOWN when the repository has none. */
    void serve(String repo, Digest digest, BlobReply reply) throws Exception;

    /** Removes the blob from the repository (the pool keeps it until GC); BLOB_UNKNOWN when it was not there. */
    void delete(String repo, Digest digest);
}
