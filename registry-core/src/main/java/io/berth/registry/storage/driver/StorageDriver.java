package io.berth.registry.storage.driver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A distribution-style storage driver: a flat namespace of slash-separated paths (always
 * starting with {@code /}) holding byte content. Everything above it is driver-agnostic; a
 * missing path is always reported as {@link PathNotFoundException}.
 */
public interface StorageDriver {

    String name();

    /** Small content (links, state) read whole. */
    byte[] getContent(String path) throws IOException;

    /** Small content written atomically: readers see the old or the new bytes, never a mix. */
    void putContent(String path, byte[] content) throws IOException;

    /** A stream positioned at {@code offset}; an offset past the end is {@link InvalidOffsetException}. */
    InputStream reader(String path, long offset) throws IOException;

    /** A writer that creates the file or, with {@code append}, continues it. */
    FileWriter writer(String path, boolean append) throws IOException;

    FileInfo stat(String path) throws IOException;

    /** Direct children as full paths, sorted; {@link PathNotFoundException} when the directory is absent. */
    List<String> list(String path) throws IOException;

    /** Atomic within the driver; replaces the destination. */
    void move(String sourcePath, String destPath) throws IOException;

    /** Recursive delete; {@link PathNotFoundException} when nothing is there. */
    void delete(String path) throws IOException;

    /** Visits every file and directory below {@code path}, depth first, parents before children. */
    void walk(String path, WalkVisitor visitor) throws IOException;

    /** Marks the path as recently used (its modification time becomes now). */
    void touch(String path) throws IOException;

    /**
     * A local file the HTTP layer may send zero-copy, when the driver has one (the
     * filesystem driver); the remote drivers' counterpart of distribution's redirect URL.
     */
    default Optional<Path> localFile(String path) {
        return Optional.empty();
    }

    /** Walk callback; return false from a directory to skip its children. */
    @FunctionalInterface
    interface WalkVisitor {
        boolean visit(FileInfo info) throws IOException;
    }
}
