package io.berth.registry.gc;

import io.berth.testsupport.files.Trees;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Own storage root (GC sweeps everything old in it) and an internal secret. */
public class GcProfile implements QuarkusTestProfile {

    public static final String SECRET = "gc-secret";
    public static final Path ROOT;
    static final Path SECRET_FILE;

    static {
        try {
            Path dir = Trees.tempDir("berth-gc");
            ROOT = dir.resolve("storage");
            SECRET_FILE = dir.resolve("internal_secret");
            Files.writeString(SECRET_FILE, SECRET);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("storage.filesystem.rootdirectory", ROOT.toString(),
                "berth.internal-secret-file", SECRET_FILE.toString(),
                // the tests purge when they choose to
                "storage.maintenance.uploadpurging.enabled", "false");
    }
}
