package io.berth.registry.storage.driver;

import java.io.IOException;

/** A read was asked to start past the end of the content. */
public class InvalidOffsetException extends IOException {

    public InvalidOffsetException(String path, long offset) {
        super("invalid offset " + offset + " for " + path);
    }
}
