package io.berth.registry.storage;

import io.berth.registry.storage.driver.FileInfo;
import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The global content-addressable blob pool; repositories see blobs only through links. */
@Singleton
public class BlobStore {

    private final StorageDriver driver;

    public BlobStore(StorageDriver driver) {
        this.driver = driver;
    }

    /** Size of the blob, if present. */
    public Optional<FileInfo> stat(Digest d) {
        try {
            return Optional.of(driver.stat(StorageLayout.blobData(d)));
        } catch (PathNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(Digest d, long offset) throws IOException {
        try {
            return driver.reader(StorageLayout.blobData(d), offset);
        } catch (PathNotFoundException e) {
            throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
        }
    }

    public Optional<Path> localFile(Digest d) {
        return driver.localFile(StorageLayout.blobData(d));
    }

    public byte[] read(Digest d) {
        try {
            return driver.getContent(StorageLayout.blobData(d));
        } catch (PathNotFoundException e) {
            throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Small content whose digest the caller computed (manifests). */
    public void put(Digest d, byte[] content) {
        try {
            driver.putContent(StorageLayout.blobData(d), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames verified upload data into place; the blob's time becomes now so a running GC keeps it. */
    void adopt(String verifiedDataPath, Digest d) throws IOException {
        String target = StorageLayout.blobData(d);
        driver.move(verifiedDataPath, target);
        driver.touch(target);
    }

    /** Marks the blob as in use now (GC spares blobs touched after it started). */
    public void touch(Digest d) {
        try {
            driver.touch(StorageLayout.blobData(d));
        } catch (PathNotFoundException e) {
            // nothing to protect
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean delete(Digest d) {
        return Links.delete(driver, StorageLayout.blobDir(d));
    }

    /** Every blob in the pool with its stat. */
    public List<FileInfo> all() {
        List<FileInfo> out = new ArrayList<>();
        try {
            driver.walk(StorageLayout.BLOBS, info -> {
                if (!info.directory() && info.path().endsWith("/data")) {
                    out.add(info);
                }
                return true;
            });
        } catch (PathNotFoundException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The digest of a blob data path returned by {@link #all()}. */
    public static Digest digestOf(String dataPath) {
        String[] parts = dataPath.split("/");
        int n = parts.length;
        return Digest.parse(parts[n - 4] + ":" + parts[n - 2]);
    }
}
