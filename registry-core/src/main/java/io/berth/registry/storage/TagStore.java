package io.berth.registry.storage;

import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tags as links to manifest digests. */
@Singleton
public class TagStore {

    private final StorageDriver driver;

    public TagStore(StorageDriver driver) {
        this.driver = driver;
    }

    public void tag(String repo, String tag, Digest d) {
        Links.write(driver, StorageLayout.tagLink(repo, tag), d);
    }

    public Optional<Digest> resolve(String repo, String tag) {
        return Links.read(driver, StorageLayout.tagLink(repo, tag));
    }

    public boolean untag(String repo, String tag) {
        return Links.delete(driver, StorageLayout.tagDir(repo, tag));
    }

    /** Tag names in lexical order. */
    public List<String> list(String repo) {
        List<String> out = new ArrayList<>();
        for (String p : Links.children(driver, StorageLayout.tags(repo))) {
            out.add(p.substring(p.lastIndexOf('/') + 1));
        }
        out.sort(null);
        return out;
    }

    /** Every tag of the repository with its digest. */
    public Map<String, Digest> all(String repo) {
        Map<String, Digest> out = new LinkedHashMap<>();
        for (String t : list(repo)) {
            resolve(repo, t).ifPresent(d -> out.put(t, d));
        }
        return out;
    }

    public List<String> tagsOf(String repo, Digest d) {
        List<String> out = new ArrayList<>();
        all(repo).forEach((t, target) -> {
            if (target.equals(d)) {
                out.add(t);
            }
        });
        return out;
    }
}
