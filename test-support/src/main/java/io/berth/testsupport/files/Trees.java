package io.berth.testsupport.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/** Folders tests write (work folders, podman stores, storage, databases): made and removed. */
public final class Trees {

    private static final Queue<Path> AT_EXIT = new ConcurrentLinkedQueue<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> AT_EXIT.forEach(Trees::deleteQuietly), "temp-trees"));
    }

    private Trees() {
    }

    /**
     * A new folder under {@code java.io.tmpdir}, removed with all it holds when the JVM exits: for
     * test profiles and resources that outlive any one test (a test's own folder is JUnit's {@code @TempDir}).
     */
    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            AT_EXIT.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder and all it holds; a missing folder is fine. */
    public static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** As {@link #delete} where a leftover is harmless (at exit, after a server stopped). */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless
        }
    }
}
