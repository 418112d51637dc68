package io.berth.registry.storage;

import io.berth.registry.storage.driver.FileInfo;
import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Blobs as one repository sees them: present only when linked into it and in the pool. */
@Singleton
public class LinkedBlobStore {

    private final StorageDriver driver;
    private final BlobStore blobs;

    public LinkedBlobStore(StorageDriver driver, BlobStore blobs) {
        this.driver = driver;
        this.blobs = blobs;
    }

    public Optional<FileInfo> stat(String repo, Digest d) {
        if (Links.read(driver, StorageLayout.layerLink(repo, d)).isEmpty()
                && Links.read(driver, StorageLayout.revisionLink(repo, d)).isEmpty()) {
            return Optional.empty();
        }
        return blobs.stat(d);
    }

    public FileInfo require(String repo, Digest d) {
        return stat(repo, d).orElseThrow(() -> new StoreException(StoreError.BLOB_UNKNOWN, d.toString()));
    }

    /** Links a pool blob into the repository and touches it so a running GC keeps it. */
    public void link(String repo, Digest d) {
        Links.write(driver, StorageLayout.layerLink(repo, d), d);
        blobs.touch(d);
    }

    /** Removes the repository's link; the pool blob stays until GC. */
    public boolean unlink(String repo, Digest d) {
        return Links.delete(driver, StorageLayout.layerDir(repo, d));
    }

    /** Every blob linked into the repository (whether or not the pool still has it). */
    public List<Digest> list(String repo) {
        return Links.readTree(driver, StorageLayout.layers(repo));
    }
}
