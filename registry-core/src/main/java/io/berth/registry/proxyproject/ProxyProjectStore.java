package io.berth.registry.proxyproject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.internal.ProxyProject;
import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The cache projects ui-service last sent, kept through the storage driver at
 * {@value #PATH} (passwords only in sealed form) so a restarted registry routes pulls before
 * ui-service is back. The driver writes it atomically, so a crash never leaves half a table.
 */
@Singleton
public class ProxyProjectStore {

    static final String PATH = "/_berth/proxy-projects.json";
    private static final TypeReference<List<ProxyProject>> LIST = new TypeReference<>() {
    };

    private final StorageDriver driver;
    private final ObjectMapper json;

    public ProxyProjectStore(StorageDriver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    public List<ProxyProject> load() {
        try {
            return json.readValue(driver.getContent(PATH), LIST);
        } catch (PathNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + PATH, e);
        }
    }

    public void save(List<ProxyProject> projects) throws IOException {
        driver.putContent(PATH, json.writeValueAsBytes(projects));
    }
}
