package io.berth.registry.error;

/** An OCI error to answer with; thrown by handlers, written by {@link ErrorResponder}. */
public class RegistryApiException extends RuntimeException {

    private final ErrorCode code;
    private final Object detail;

    public RegistryApiException(ErrorCode code, Object detail) {
        super(code.message(), null, false, false);
        this.code = code;
        this.detail = detail;
    }

    public RegistryApiException(ErrorCode code) {
        this(code, null);
    }

    public ErrorCode code() {
        return code;
    }

    public Object detail() {
        return detail;
    }
}
