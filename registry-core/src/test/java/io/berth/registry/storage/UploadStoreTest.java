package io.berth.registry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.registry.storage.driver.FilesystemDriver;
import io.berth.registry.storage.driver.StorageDriver;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadStoreTest {

    @TempDir
    Path dir;
    StorageDriver driver;
    BlobStore blobs;
    LinkedBlobStore links;

    @BeforeEach
    void setUp() throws Exception {
        driver = new FilesystemDriver(dir);
        blobs = new BlobStore(driver);
        links = new LinkedBlobStore(driver, blobs);
    }

    private UploadStore newStore() {
        return new UploadStore(driver, blobs, links);
    }

    @Test
    void chunkedUploadVerifiesAndLinks() throws Exception {
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);
        Digest d = Digest.of(data);
        UploadStore uploads = newStore();
        String id = uploads.start("p/r");
        assertEquals(100_000, uploads.append("p/r", id, 0L, new ByteArrayInputStream(data, 0, 100_000)));
        StoreException e = assertThrows(StoreException.class,
                () -> uploads.append("p/r", id, 5L, new ByteArrayInputStream(data)));
        assertEquals(StoreError.RANGE_MISMATCH, e.error());
        assertTrue(links.stat("p/r", d).isEmpty());
        // a new instance (a restart) resumes from the stored bytes alone
        UploadStore restarted = newStore();
        assertEquals(100_000, restarted.size("p/r", id));
        restarted.append("p/r", id, 100_000L, new ByteArrayInputStream(Arrays.copyOfRange(data, 100_000, 200_000)));
        restarted.complete("p/r", id, d, new ByteArrayInputStream(Arrays.copyOfRange(data, 200_000, 300_000)));
        assertEquals(300_000, links.require("p/r", d).size());
        assertTrue(links.stat("other/r", d).isEmpty());
        assertEquals(StoreError.UPLOAD_UNKNOWN,
                assertThrows(StoreException.class, () -> restarted.size("p/r", id)).error());
    }

    @Test
    void digestMismatchLeavesNoBlob() throws Exception {
        UploadStore uploads = newStore();
        String id = uploads.start("p/r");
        Digest wrong = Digest.of("other".getBytes());
        StoreException e = assertThrows(StoreException.class,
                () -> uploads.complete("p/r", id, wrong, new ByteArrayInputStream("content".getBytes())));
        assertEquals(StoreError.DIGEST_MISMATCH, e.error());
        assertTrue(blobs.stat(wrong).isEmpty());
        assertTrue(blobs.stat(Digest.of("content".getBytes())).isEmpty());
        // the failed completion cancelled the session, as in distribution
        assertTrue(uploads.all().isEmpty());
        assertEquals(StoreError.UPLOAD_UNKNOWN, assertThrows(StoreException.class, () -> uploads.size("p/r", id)).error());
    }

    @Test
    void unknownAndMalformedIdsAreUnknown() {
        UploadStore uploads = newStore();
        assertEquals(StoreError.UPLOAD_UNKNOWN,
                assertThrows(StoreException.class, () -> uploads.size("p/r", "../../x")).error());
        assertEquals(StoreError.UPLOAD_UNKNOWN, assertThrows(StoreException.class,
                () -> uploads.size("p/r", "00000000-0000-0000-0000-000000000000")).error());
    }
}
