package io.berth.registry.storage.driver;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class FilesystemDriverTest extends StorageDriverContract {

    @TempDir
    Path dir;

    @Override
    protected StorageDriver newDriver() throws IOException {
        return new FilesystemDriver(dir);
    }
}
