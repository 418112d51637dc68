package io.berth.registry.config;

import io.berth.registry.storage.driver.FilesystemDriver;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;

/** Chooses the storage driver from the configuration (filesystem for now). */
public class DriverProducer {

    @Produces
    @Singleton
    StorageDriver driver(StorageConfig config) throws IOException {
        return new FilesystemDriver(Path.of(config.filesystem().rootdirectory()));
    }
}
