package io.berth.registry.storage;

import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Which repositories exist: a repository is a directory holding {@code _manifests} or {@code _layers}. */
@Singleton
public class RepositoryCatalog {

    private final StorageDriver driver;

    public RepositoryCatalog(StorageDriver driver) {
        this.driver = driver;
    }

    public boolean exists(String repo) {
        try {
            return driver.stat(StorageLayout.repository(repo)).directory()
                    && (has(StorageLayout.repository(repo) + "/_manifests")
                            || has(StorageLayout.repository(repo) + "/_layers"));
        } catch (PathNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean has(String path) throws IOException {
        try {
            driver.stat(path);
            return true;
        } catch (PathNotFoundException e) {
            return false;
        }
    }

    /** All repository names in lexical order. */
    public List<String> list() {
        List<String> out = new ArrayList<>();
        try {
            driver.walk(StorageLayout.REPOSITORIES, info -> {
                String last = info.path().substring(info.path().lastIndexOf('/') + 1);
                if (!info.directory()) {
                    return false;
                }
                if (last.equals("_manifests") || last.equals("_layers")) {
                    String repo = StorageLayout.repositoryOf(info.path());
                    if (out.isEmpty() || !out.get(out.size() - 1).equals(repo)) {
                        out.add(repo);
                    }
                    return false;
                }
                return !last.startsWith("_");
            });
        } catch (PathNotFoundException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream().distinct().sorted().toList();
    }

    /** Removes the repository's links, tags and uploads (not nested repositories); blobs stay until GC. */
    public boolean delete(String repo) {
        boolean any = false;
        for (String part : List.of("_manifests", "_layers", "_uploads", "_referrers")) {
            any |= Links.delete(driver, StorageLayout.repository(repo) + "/" + part);
        }
        return any;
    }
}
