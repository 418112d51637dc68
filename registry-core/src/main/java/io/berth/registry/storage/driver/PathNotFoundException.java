package io.berth.registry.storage.driver;

import java.io.IOException;

/** The driver holds nothing at the path. */
public class PathNotFoundException extends IOException {

    private final String path;

    public PathNotFoundException(String path) {
        super("path not found: " + path);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
