package io.berth.registry.storage;

import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The OCI 1.1 referrers index: which manifests of a repository name a subject. */
@Singleton
public class ReferrerStore {

    private final StorageDriver driver;

    public ReferrerStore(StorageDriver driver) {
        this.driver = driver;
    }

    public void add(String repo, Digest subject, Digest referrer) {
        Links.write(driver, StorageLayout.referrerLink(repo, subject, referrer), referrer);
    }

    public void remove(String repo, Digest subject, Digest referrer) {
        String link = StorageLayout.referrerLink(repo, subject, referrer);
        Links.delete(driver, link.substring(0, link.length() - "/link".length()));
    }

    public List<Digest> list(String repo, Digest subject) {
        return Links.readTree(driver, StorageLayout.referrers(repo, subject));
    }
}
