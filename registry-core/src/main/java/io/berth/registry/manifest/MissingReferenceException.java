package io.berth.registry.manifest;

import io.berth.registry.storage.Digest;

/** A manifest names a blob or child manifest the repository does not hold. */
public class MissingReferenceException extends RuntimeException {

    public MissingReferenceException(Digest missing) {
        super(missing.toString(), null, false, false);
    }
}
