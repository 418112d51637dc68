package io.berth.registry.storage.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link StorageDriver} must show; a driver's test extends this and supplies one. */
public abstract class StorageDriverContract {

    protected StorageDriver driver;

    protected abstract StorageDriver newDriver() throws IOException;

    @BeforeEach
    void setUp() throws IOException {
        driver = newDriver();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void putThenGetContent() throws IOException {
        driver.putContent("/a/b/c", bytes("hello"));
        assertArrayEquals(bytes("hello"), driver.getContent("/a/b/c"));
        driver.putContent("/a/b/c", bytes("bye"));
        assertArrayEquals(bytes("bye"), driver.getContent("/a/b/c"));
    }

    @Test
    void missingPathsAreTyped() {
        assertThrows(PathNotFoundException.class, () -> driver.getContent("/nope"));
        assertThrows(PathNotFoundException.class, () -> driver.reader("/nope", 0));
        assertThrows(PathNotFoundException.class, () -> driver.stat("/nope"));
        assertThrows(PathNotFoundException.class, () -> driver.list("/nope"));
        assertThrows(PathNotFoundException.class, () -> driver.delete("/nope"));
        assertThrows(PathNotFoundException.class, () -> driver.move("/nope", "/other"));
        assertThrows(PathNotFoundException.class, () -> driver.touch("/nope"));
    }

    @Test
    void pathsMayNotEscapeTheRoot() {
        assertThrows(InvalidPathException.class, () -> driver.getContent("/../etc/passwd"));
        assertThrows(InvalidPathException.class, () -> driver.getContent("relative"));
    }

    @Test
    void readerStartsAtOffsetAndRejectsOffsetsPastTheEnd() throws IOException {
        driver.putContent("/r", bytes("0123456789"));
        try (InputStream in = driver.reader("/r", 4)) {
            assertEquals("456789", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = driver.reader("/r", 10)) {
            assertEquals(-1, in.read());
        }
        assertThrows(InvalidOffsetException.class, () -> driver.reader("/r", 11));
    }

    @Test
    void writerAppendsCommitsAndCancels() throws IOException {
        byte[] first = new byte[100_000];
        new Random(1).nextBytes(first);
        try (FileWriter w = driver.writer("/w/data", false)) {
            w.write(first);
            w.commit();
            assertEquals(100_000, w.size());
        }
        try (FileWriter w = driver.writer("/w/data", true)) {
            assertEquals(100_000, w.size());
            w.write(bytes("tail"));
            w.commit();
            assertEquals(100_004, w.size());
        }
        assertEquals(100_004, driver.stat("/w/data").size());
        FileWriter w = driver.writer("/w/other", false);
        w.write(bytes("x"));
        w.cancel();
        assertThrows(PathNotFoundException.class, () -> driver.stat("/w/other"));
    }

    @Test
    void statListMoveDelete() throws IOException {
        driver.putContent("/d/x/1", bytes("1"));
        driver.putContent("/d/x/2", bytes("22"));
        driver.putContent("/d/y", bytes("333"));
        assertTrue(driver.stat("/d/x").directory());
        assertEquals(2, driver.stat("/d/x/2").size());
        assertEquals(List.of("/d/x", "/d/y"), driver.list("/d"));
        driver.move("/d/y", "/e/z");
        assertArrayEquals(bytes("333"), driver.getContent("/e/z"));
        assertThrows(PathNotFoundException.class, () -> driver.stat("/d/y"));
        driver.move("/d/x/1", "/d/x/2");
        assertArrayEquals(bytes("1"), driver.getContent("/d/x/2"));
        driver.delete("/d");
        assertThrows(PathNotFoundException.class, () -> driver.stat("/d/x/2"));
    }

    @Test
    void walkVisitsParentsFirstAndCanSkip() throws IOException {
        driver.putContent("/t/a/1", bytes("1"));
        driver.putContent("/t/b/2", bytes("2"));
        driver.putContent("/t/c", bytes("3"));
        List<String> seen = new ArrayList<>();
        driver.walk("/t", info -> {
            seen.add(info.path());
            return !info.path().equals("/t/b");
        });
        assertEquals(List.of("/t/a", "/t/a/1", "/t/b", "/t/c"), seen);
    }

    @Test
    void touchMovesTheModificationTime() throws Exception {
        driver.putContent("/m", bytes("m"));
        var before = driver.stat("/m").modTime();
        // the clock must have moved past the write (by a millisecond, the coarsest time a driver keeps)
        while (!java.time.Instant.now().isAfter(before.plusMillis(2))) {
            Thread.onSpinWait();
        }
        driver.touch("/m");
        assertTrue(driver.stat("/m").modTime().isAfter(before));
        assertFalse(driver.stat("/m").directory());
    }
}
