package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-edited config.yml with a section the registry does not support stops the start, naming it. */
class ConfigCheckIT {

    @TempDir
    Path dir;

    @Test
    void anS3StorageSectionFailsTheStartWithItsName() throws Exception {
        try (PackagedRegistry registry = new PackagedRegistry(dir, "128m")) {
            Path config = dir.resolve("config.yml");
            Files.writeString(config, Files.readString(config).replace("storage:\n",
                    "storage:\n  s3: {bucket: images, region: eu-west-1}\n"));
            Process p = registry.launch();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the registry stops by itself");
            assertNotEquals(0, p.exitValue());
            String log = Files.readString(dir.resolve("registry.log"));
            assertTrue(log.contains("storage.s3: storage driver s3 is not supported"), log);
        }
    }
}
