package io.berth.collector.store;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open {@code <dir>/<tag>.log} files. Tags arrive sanitized; the folder is checked once
 * more so that no name can land outside it. Keeps at most {@link #MAX_OPEN} files open,
 * closing the least recently written. Only the writer thread uses it.
 */
final class TagFiles implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TagFiles.class);
    static final int MAX_OPEN = 128;

    private final Path dir;
    private final long maxBytes;
    private final int count;
    private final Map<String, RotatingFile> open = new LinkedHashMap<>(16, 0.75f, true);

    TagFiles(Path dir, long maxBytes, int count) throws IOException {
        this.dir = Files.createDirectories(dir).toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.count = count;
    }

    void append(String tag, String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        fileFor(tag).append(bytes);
    }

    void flush() {
        for (RotatingFile file : open.values()) {
            try {
                file.flush();
            } catch (IOException e) {
                LOG.errorf("failed to flush a log file: %s", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        for (Iterator<RotatingFile> it = open.values().iterator(); it.hasNext(); ) {
            closeQuietly(it.next());
            it.remove();
        }
    }

    private RotatingFile fileFor(String tag) throws IOException {
        RotatingFile file = open.get(tag);
        if (file != null) {
            return file;
        }
        Path path = dir.resolve(tag + ".log").normalize();
        if (!path.getParent().equals(dir)) {
            throw new IOException("tag escapes the log folder: " + tag);
        }
        if (open.size() >= MAX_OPEN) {
            Iterator<RotatingFile> eldest = open.values().iterator();
            closeQuietly(eldest.next());
            eldest.remove();
        }
        file = new RotatingFile(path, maxBytes, count);
        open.put(tag, file);
        return file;
    }

    private static void closeQuietly(RotatingFile file) {
        try {
            file.close();
        } catch (IOException e) {
            LOG.errorf("failed to close a log file: %s", e.getMessage());
        }
    }
}
