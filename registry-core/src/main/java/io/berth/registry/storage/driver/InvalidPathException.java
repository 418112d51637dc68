package io.berth.registry.storage.driver;

/** A path that is not absolute, or tries to leave the driver's root. */
public class InvalidPathException extends IllegalArgumentException {

    public InvalidPathException(String path) {
        super("invalid storage path: " + path);
    }
}
