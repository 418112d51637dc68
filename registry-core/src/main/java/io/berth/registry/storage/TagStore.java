package io.berth.registry.storage;

import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
        return new ArrayList<>(all(repo).keySet());
    }

    /**
     * Every tag of the repository with its digest, in lexical order. A tag folder without a readable
     * link is not a tag: a crash between creating the folder and renaming the link into it (or in
     * the middle of an untag) leaves one behind, and listing it would show a tag that answers 404.
     */
    public Map<String, Digest> all(String repo) {
        Map<String, Digest> out = new TreeMap<>();
        for (String p : Links.children(driver, StorageLayout.tags(repo))) {
            String tag = p.substring(p.lastIndexOf('/') + 1);
            resolve(repo, tag).ifPresent(d -> out.put(tag, d));
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
