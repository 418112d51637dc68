package io.berth.registry.error;

/** The OCI distribution error catalogue: every code once, with its HTTP status and message. */
public enum ErrorCode {
    BLOB_UNKNOWN(404, "blob unknown to registry"),
    BLOB_UPLOAD_INVALID(400, "blob upload invalid"),
    BLOB_UPLOAD_UNKNOWN(404, "blob upload unknown to registry"),
    DIGEST_INVALID(400, "provided digest did not match uploaded content"),
    MANIFEST_BLOB_UNKNOWN(400, "manifest references a manifest or blob unknown to registry"),
    MANIFEST_INVALID(400, "manifest invalid"),
    MANIFEST_UNKNOWN(404, "manifest unknown"),
    NAME_INVALID(400, "invalid repository name"),
    NAME_UNKNOWN(404, "repository name not known to registry"),
    SIZE_INVALID(400, "provided length did not match content length"),
    TAG_INVALID(400, "manifest tag did not match URI"),
    PAGINATION_NUMBER_INVALID(400, "invalid number of results requested"),
    RANGE_INVALID("BLOB_UPLOAD_INVALID", 416, "requested range not satisfiable"),
    MANIFEST_TOO_BIG("SIZE_INVALID", 413, "manifest too big"),
    UNAUTHORIZED(401, "authentication required"),
    DENIED(403, "requested access to the resource is denied"),
    UNSUPPORTED(405, "the operation is unsupported"),
    TOOMANYREQUESTS(429, "too many requests"),
    UNAVAILABLE(503, "service unavailable"),
    UPSTREAM_INVALID("UNKNOWN", 502, "upstream sent invalid content"),
    /** A malformed request to the internal API (never answered on /v2/, where every case has its OCI code). */
    BAD_REQUEST(400, "bad request"),
    BODY_TOO_LARGE("SIZE_INVALID", 413, "request body too large"),
    UNKNOWN(500, "unknown error");

    private final String wire;
    private final int status;
    private final String message;

    ErrorCode(int status, String message) {
        this(null, status, message);
    }

    ErrorCode(String wire, int status, String message) {
        this.wire = wire;
        this.status = status;
        this.message = message;
    }

    /** The code as it appears in the error body. */
    public String wire() {
        return wire == null ? name() : wire;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }
}
