package io.berth.registry.storage;

/** What the stores report; the HTTP edge translates each into its wire code. */
public enum StoreError {
    BLOB_UNKNOWN,
    MANIFEST_UNKNOWN,
    TAG_UNKNOWN,
    REPOSITORY_UNKNOWN,
    UPLOAD_UNKNOWN,
    DIGEST_MISMATCH,
    RANGE_MISMATCH,
    SIZE_MISMATCH
}
