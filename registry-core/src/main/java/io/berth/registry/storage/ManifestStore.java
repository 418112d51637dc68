package io.berth.registry.storage;

import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Manifest revisions of a repository; their bytes live in the blob pool. */
@Singleton
public class ManifestStore {

    private final StorageDriver driver;
    private final BlobStore blobs;

    public ManifestStore(StorageDriver driver, BlobStore blobs) {
        this.driver = driver;
        this.blobs = blobs;
    }

    public boolean exists(String repo, Digest d) {
        return Links.read(driver, StorageLayout.revisionLink(repo, d)).isPresent() && blobs.stat(d).isPresent();
    }

    public byte[] get(String repo, Digest d) {
        if (Links.read(driver, StorageLayout.revisionLink(repo, d)).isEmpty()) {
            throw new StoreException(StoreError.MANIFEST_UNKNOWN, d.toString());
        }
        try {
            return blobs.read(d);
        } catch (StoreException e) {
            throw new StoreException(StoreError.MANIFEST_UNKNOWN, d.toString());
        }
    }

    public void put(String repo, Digest d, byte[] content) {
        blobs.put(d, content);
        Links.write(driver, StorageLayout.revisionLink(repo, d), d);
        blobs.touch(d);
    }

    /** Removes the revision link (and its pin); returns false when it was not there. */
    public boolean delete(String repo, Digest d) {
        Links.delete(driver, StorageLayout.pinDir(repo, d));
        return Links.delete(driver, StorageLayout.revisionDir(repo, d));
    }

    /**
     * Pins an untagged revision that clients asked for by digest (a cached pull in mirror mode):
     * garbage collection's delete-untagged keeps pinned revisions like tagged ones.
     */
    public void pin(String repo, Digest d) {
        Links.write(driver, StorageLayout.pinDir(repo, d) + "/link", d);
    }

    /** The pinned revisions of a repository. */
    public List<Digest> pins(String repo) {
        return Links.readTree(driver, StorageLayout.pins(repo));
    }

    public List<Digest> list(String repo) {
        return Links.readTree(driver, StorageLayout.revisions(repo));
    }
}
