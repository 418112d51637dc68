package io.berth.registry.proxy;

/** The upstream could not answer: unreachable, 5xx, 429 or an unexpected status. */
public class UpstreamException extends RuntimeException {

    private final int status;

    public UpstreamException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The upstream's HTTP status, or 0 when it was unreachable. */
    public int status() {
        return status;
    }

    public boolean tooManyRequests() {
        return status == 429;
    }
}
