package io.berth.e2e.conformance;

import java.util.Set;

/** The error codes the distribution spec defines; an error body must use one of them. */
final class ErrorCodes {

    static final String UNSUPPORTED = "UNSUPPORTED";

    static final Set<String> ALL = Set.of("BLOB_UNKNOWN", "BLOB_UPLOAD_INVALID", "BLOB_UPLOAD_UNKNOWN", "DIGEST_INVALID",
            "MANIFEST_BLOB_UNKNOWN", "MANIFEST_INVALID", "MANIFEST_UNKNOWN", "MANIFEST_UNVERIFIED", "NAME_INVALID",
            "NAME_UNKNOWN", "SIZE_INVALID", "TAG_INVALID", "UNAUTHORIZED", "DENIED", UNSUPPORTED);

    private ErrorCodes() {
    }
}
