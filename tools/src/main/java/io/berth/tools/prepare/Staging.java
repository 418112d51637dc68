package io.berth.tools.prepare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds the output in a sibling temporary folder and moves it into place only when it is
 * complete, so a failed run leaves the previous output (or none) untouched.
 */
final class Staging implements AutoCloseable {

    private final Path target;
    private final Path dir;
    private boolean committed;

    private Staging(Path target, Path dir) {
        this.target = target;
        this.dir = dir;
    }

    static Staging beside(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return new Staging(target.toAbsolutePath(), Files.createTempDirectory(parent, "." + target.getFileName() + ".prepare-"));
    }

    Path dir() {
        return dir;
    }

    /** Replaces the target with the staged folder (two renames on the same file system). */
    void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
