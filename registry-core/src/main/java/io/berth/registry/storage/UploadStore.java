package io.berth.registry.storage;

import io.berth.registry.storage.driver.FileWriter;
import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Upload sessions. The received bytes and the start time are all the state there is, so a
 * session survives a restart: the running hash is kept in memory as a shortcut and rebuilt
 * from the data when it is missing (after a restart, or on another instance). Completion
 * verifies the digest and renames the data into the blob pool, so no partial blob is ever visible.
 */
@Singleton
public class UploadStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BUFFER = 128 * 1024;

    private final StorageDriver driver;
    private final BlobStore blobs;
    private final LinkedBlobStore links;
    private final Map<String, HashState> hashes = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public UploadStore(StorageDriver driver, BlobStore blobs, LinkedBlobStore links) {
        this.driver = driver;
        this.blobs = blobs;
        this.links = links;
    }

    /** Upload info for purging. */
    public record UploadInfo(String repository, String id, Instant startedAt) {
    }

    private record HashState(long offset, MessageDigest hasher) {
    }

    public String start(String repo) {
        String id = UUID.randomUUID().toString();
        try {
            driver.putContent(StorageLayout.uploadStartedAt(repo, id),
                    Instant.now().toString().getBytes(StandardCharsets.UTF_8));
            try (FileWriter w = driver.writer(StorageLayout.uploadData(repo, id), false)) {
                w.commit();
            }
        } catch (IOException e) {
            Links.delete(driver, StorageLayout.uploads(repo) + "/" + id); // no half-made session
            throw new UncheckedIOException(e);
        }
        return id;
    }

    /** Bytes received so far. */
    public long size(String repo, String id) {
        requireId(id);
        try {
            driver.stat(StorageLayout.uploadStartedAt(repo, id));
            return driver.stat(StorageLayout.uploadData(repo, id)).size();
        } catch (PathNotFoundException e) {
            throw new StoreException(StoreError.UPLOAD_UNKNOWN, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends a chunk. {@code expectedStart} (from Content-Range) must equal the bytes already
     * received, else {@link StoreError#RANGE_MISMATCH}. Returns the new size.
     */
    public long append(String repo, String id, Long expectedStart, InputStream body) throws IOException {
        synchronized (lock(id)) {
            long size = size(repo, id);
            if (expectedStart != null && expectedStart != size) {
                throw new StoreException(StoreError.RANGE_MISMATCH,
                        "chunk starts at " + expectedStart + " but " + size + " bytes were received");
            }
            HashState state = hashState(repo, id, size);
            try (FileWriter w = driver.writer(StorageLayout.uploadData(repo, id), true)) {
                long written = copy(body, w, state.hasher());
                w.commit();
                hashes.put(key(repo, id), new HashState(size + written, state.hasher()));
                return size + written;
            } catch (IOException | RuntimeException e) {
                hashes.remove(key(repo, id)); // what reached the file is unknown: rehash next time
                throw e;
            }
        }
    }

    /**
     * Appends the optional last chunk, verifies the digest, moves the data into the pool and links
     * it. A failed verification or commit cancels the session, as distribution does: the client
     * starts over rather than resuming bytes that do not make the blob it named. A last chunk
     * that breaks off leaves the session as far as it got, like any failed PATCH.
     */
    public long complete(String repo, String id, Digest expected, InputStream lastChunk) throws IOException {
        synchronized (lock(id)) {
            if (lastChunk != null) {
                append(repo, id, null, lastChunk);
            }
            long size = size(repo, id);
            try {
                String alg = expected.algorithm();
                HashState state = alg.equals("sha256") ? hashState(repo, id, size) : rehash(repo, id, alg);
                Digest actual = Digest.fromHasher(alg, ((MessageDigest) cloneOf(state.hasher())).digest());
                if (!actual.equals(expected)) {
                    throw new StoreException(StoreError.DIGEST_MISMATCH,
                            "expected " + expected + " but the content is " + actual);
                }
                blobs.adopt(StorageLayout.uploadData(repo, id), expected);
                links.link(repo, expected);
            } catch (IOException | RuntimeException e) {
                discard(repo, id);
                throw e;
            }
            cancel(repo, id);
            return size;
        }
    }

    /** Cancels a session that may already be gone. */
    public void discard(String repo, String id) {
        try {
            cancel(repo, id);
        } catch (StoreException e) {
            // already cancelled or completed
        }
    }

    public void cancel(String repo, String id) {
        requireId(id);
        hashes.remove(key(repo, id));
        locks.remove(id);
        if (!Links.delete(driver, StorageLayout.uploads(repo) + "/" + id)) {
            throw new StoreException(StoreError.UPLOAD_UNKNOWN, id);
        }
    }

    /** Every open upload session of every repository. */
    public List<UploadInfo> all() {
        List<UploadInfo> out = new ArrayList<>();
        try {
            driver.walk(StorageLayout.REPOSITORIES, info -> {
                if (info.directory() && info.path().endsWith("/_uploads")) {
                    String repo = StorageLayout.repositoryOf(info.path());
                    for (String dir : driver.list(info.path())) {
                        String id = dir.substring(dir.lastIndexOf('/') + 1);
                        out.add(new UploadInfo(repo, id, startedAt(dir)));
                    }
                    return false;
                }
                return !info.path().substring(info.path().lastIndexOf('/') + 1).startsWith("_");
            });
        } catch (PathNotFoundException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Instant startedAt(String dir) throws IOException {
        try {
            return Instant.parse(new String(driver.getContent(dir + "/startedat"), StandardCharsets.UTF_8).trim());
        } catch (PathNotFoundException | RuntimeException e) {
            return driver.stat(dir).modTime();
        }
    }

    private HashState hashState(String repo, String id, long size) throws IOException {
        HashState cached = hashes.get(key(repo, id));
        if (cached != null && cached.offset() == size) {
            return cached;
        }
        return rehash(repo, id, "sha256");
    }

    private HashState rehash(String repo, String id, String alg) throws IOException {
        MessageDigest hasher = Digest.hasher(alg);
        long n = 0;
        try (InputStream in = driver.reader(StorageLayout.uploadData(repo, id), 0)) {
            byte[] buf = new byte[BUFFER];
            int r;
            while ((r = in.read(buf)) > 0) {
                hasher.update(buf, 0, r);
                n += r;
            }
        }
        return new HashState(n, hasher);
    }

    private static long copy(InputStream in, FileWriter out, MessageDigest hasher) throws IOException {
        byte[] buf = new byte[BUFFER];
        long total = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            hasher.update(buf, 0, r);
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }

    private static Object cloneOf(MessageDigest md) {
        try {
            return md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object lock(String id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    private static String key(String repo, String id) {
        return repo + "@" + id;
    }

    private static void requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new StoreException(StoreError.UPLOAD_UNKNOWN, String.valueOf(id));
        }
    }
}
