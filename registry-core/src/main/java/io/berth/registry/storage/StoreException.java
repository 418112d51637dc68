package io.berth.registry.storage;

/** A domain failure of a store, carrying a {@link StoreError} and a detail for the client. */
public class StoreException extends RuntimeException {

    private final StoreError error;

    public StoreException(StoreError error, String detail) {
        super(detail, null, false, false);
        this.error = error;
    }

    public StoreError error() {
        return error;
    }
}
