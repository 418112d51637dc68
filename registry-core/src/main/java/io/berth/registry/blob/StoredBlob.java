package io.berth.registry.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** A blob in storage: its size, the local file when the driver has one (sent zero-copy), else a stream. */
public record StoredBlob(long size, Optional<Path> localFile, Opener opener) {

    /** Opens the content at an offset. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(long offset) throws IOException;
    }

    public InputStream open(long offset) throws IOException {
        return opener.open(offset);
    }
}
