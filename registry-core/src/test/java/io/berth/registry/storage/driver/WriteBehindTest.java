package io.berth.registry.storage.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteBehindTest {

    private static final int STEP = 64 * 1024;

    @Test
    void flushesInTheBackgroundOnceAStepIsWrittenAndLeavesTheDataAsWritten(@TempDir Path dir) throws Exception {
        byte[] data = new byte[10 * STEP + 123];
        new Random(7).nextBytes(data);
        Path file = dir.resolve("blob");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            WriteBehind behind = new WriteBehind(ch, STEP);
            for (int off = 0; off < data.length; off += 8192) {
                int n = Math.min(8192, data.length - off);
                ch.write(ByteBuffer.wrap(data, off, n));
                behind.written(n);
            }
            awaitIdle(behind);
            assertTrue(behind.flushed() >= 1, "a background flush ran");
            assertTrue(behind.flushed() <= 10, "at most one flush per step: " + behind.flushed());
        }
        assertArrayEquals(data, Files.readAllBytes(file));
    }

    @Test
    void aSmallFileIsNeverFlushedEarly(@TempDir Path dir) throws Exception {
        try (FileChannel ch = FileChannel.open(dir.resolve("small"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            WriteBehind behind = new WriteBehind(ch, STEP);
            ch.write(ByteBuffer.wrap(new byte[STEP - 1]));
            behind.written(STEP - 1);
            assertFalse(behind.flushing());
            assertEquals(0, behind.flushed());
        }
    }

    @Test
    void aFlushAfterTheFileClosedIsHarmless(@TempDir Path dir) throws Exception {
        FileChannel ch = FileChannel.open(dir.resolve("closed"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WriteBehind behind = new WriteBehind(ch, STEP);
        ch.write(ByteBuffer.wrap(new byte[STEP]));
        ch.close();
        behind.written(STEP); // the flush finds the channel closed
        awaitIdle(behind);
        assertEquals(0, behind.flushed());
        // and the next step may flush again: the failed one did not leave it stuck
        assertFalse(behind.flushing());
    }

    @Test
    void theDriversWriterFlushesBehindAndCommitsWhatWasWritten(@TempDir Path dir) throws Exception {
        FilesystemDriver driver = new FilesystemDriver(dir);
        byte[] data = new byte[(int) WriteBehind.STEP + 4096];
        new Random(11).nextBytes(data);
        try (FileWriter w = driver.writer("/uploads/u1/data", false)) {
            w.write(data, 0, data.length);
            w.commit();
        }
        assertArrayEquals(data, driver.getContent("/uploads/u1/data"));
    }

    private static void awaitIdle(WriteBehind behind) throws InterruptedException {
        for (int i = 0; i < 500 && behind.flushing(); i++) {
            Thread.sleep(10);
        }
        assertFalse(behind.flushing(), "the background flush ended");
    }
}
