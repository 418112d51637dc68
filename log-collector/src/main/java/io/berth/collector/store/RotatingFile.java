package io.berth.collector.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * One tag's file, {@code <tag>.log}, rotated like logrotate: when the next line would take
 * it past the size limit it becomes {@code <tag>.log.1}, older ones shift up, and only
 * {@code count} rotated files are kept (none when 0). A line bigger than the limit still
 * goes whole into a fresh file. Not thread-safe: only the writer thread touches it.
 */
final class RotatingFile implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final long maxBytes;
    private final int count;
    private OutputStream out;
    private long size;

    RotatingFile(Path file, long maxBytes, int count) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.count = count;
        open();
    }

    void append(byte[] line) throws IOException {
        if (size > 0 && size + line.length > maxBytes) {
            rotate();
        }
        out.write(line);
        size += line.length;
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void rotate() throws IOException {
        out.close();
        if (count <= 0) {
            Files.delete(file);
        } else {
            Files.deleteIfExists(rotated(count));
            for (int i = count - 1; i >= 1; i--) {
                Path older = rotated(i);
                if (Files.exists(older)) {
                    Files.move(older, rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        }
        open();
    }

    private Path rotated(int index) {
        return file.resolveSibling(file.getFileName() + "." + index);
    }

    private void open() throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), BUFFER);
        size = Files.size(file);
    }
}
