package io.berth.registry.proxy;

/** The upstream sent content that does not match its digest or is not a manifest; nothing was cached. */
public class UpstreamContentException extends RuntimeException {

    public UpstreamContentException(String message) {
        super(message);
    }
}
