package io.berth.registry.storage.driver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every kind of write the filesystem driver acknowledges, one after another, run in its own JVM
 * under strace by {@link FilesystemDriverDurabilityTest}. Before each, a directory
 * {@code .step-<name>} is made, so the trace can be cut into one piece per write.
 */
public final class DurableWrites {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        FilesystemDriver driver = new FilesystemDriver(root);
        byte[] link = "sha256:0123".getBytes(StandardCharsets.UTF_8);
        step(root, "put-new");
        driver.putContent("/repositories/p/r/_manifests/tags/v1/current/link", link);
        step(root, "put-replace");
        driver.putContent("/repositories/p/r/_manifests/tags/v1/current/link", link);
        step(root, "writer");
        try (FileWriter w = driver.writer("/repositories/p/r/_uploads/u1/data", false)) {
            w.write(new byte[4096]);
            w.commit();
        }
        step(root, "move");
        driver.move("/repositories/p/r/_uploads/u1/data", "/blobs/sha256/01/0123/data");
        step(root, "delete");
        driver.delete("/repositories/p/r/_manifests/tags/v1");
        step(root, "end");
    }

    private static void step(Path root, String name) throws Exception {
        Files.createDirectory(root.resolve(".step-" + name));
    }
}
