package io.berth.registry.manifest;

/** The bytes are not a manifest the registry accepts. */
public class InvalidManifestException extends RuntimeException {

    public InvalidManifestException(String detail) {
        super(detail, null, false, false);
    }
}
