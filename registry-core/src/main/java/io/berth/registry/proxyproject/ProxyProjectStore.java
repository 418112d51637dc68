package io.berth.registry.proxyproject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.internal.ProxyProject;
import io.berth.registry.config.StorageConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The cache projects ui-service last sent, kept in {@code <rootdirectory>/_berth/proxy-projects.json}
 * (mode 600, passwords only in sealed form) so a restarted registry routes pulls before
 * ui-service is back. Written aside and renamed, so a crash never leaves half a file.
 */
@Singleton
public class ProxyProjectStore {

    private static final TypeReference<List<ProxyProject>> LIST = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json;

    public ProxyProjectStore(StorageConfig storage, ObjectMapper json) {
        this.file = Path.of(storage.filesystem().rootdirectory(), "_berth", "proxy-projects.json");
        this.json = json;
    }

    public List<ProxyProject> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + file, e);
        }
    }

    public void save(List<ProxyProject> projects) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, json.writeValueAsBytes(projects));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
