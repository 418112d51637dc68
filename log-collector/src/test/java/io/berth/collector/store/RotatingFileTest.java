package io.berth.collector.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RotatingFileTest {

    @TempDir
    Path dir;

    @Test
    void rotatesAtTheSizeKeepingCountFiles() throws Exception {
        Path file = dir.resolve("ui.log");
        try (RotatingFile log = new RotatingFile(file, 1024, 3)) {
            for (int i = 0; i < 100; i++) {
                log.append(line(i));
            }
        }

        // 100 lines of 100 bytes, 10 per file: core.log holds 90-99, .1 80-89, .2 70-79, .3 60-69
        assertEquals(List.of(file, dir.resolve("ui.log.1"), dir.resolve("ui.log.2"), dir.resolve("ui.log.3")),
                List.of(Files.list(dir).sorted().toArray(Path[]::new)));
        for (Path kept : Files.list(dir).toList()) {
            assertTrue(Files.size(kept) <= 1024, kept + " is " + Files.size(kept));
        }
        assertEquals(new String(line(90), StandardCharsets.UTF_8), Files.readAllLines(file).get(0) + "\n");
        assertEquals(new String(line(60), StandardCharsets.UTF_8), Files.readAllLines(dir.resolve("ui.log.3")).get(0) + "\n");
        assertFalse(Files.exists(dir.resolve("ui.log.4")));
    }

    @Test
    void keepsNoOldFileWhenCountIsZero() throws Exception {
        Path file = dir.resolve("auth.log");
        try (RotatingFile log = new RotatingFile(file, 1000, 0)) {
            for (int i = 0; i < 25; i++) {
                log.append(line(i));
            }
        }

        assertEquals(List.of(file), Files.list(dir).toList());
        assertEquals(5, Files.readAllLines(file).size());
    }

    @Test
    void continuesAnExistingFileAndCountsItsSize() throws Exception {
        Path file = dir.resolve("proxy.log");
        Files.write(file, new byte[1000]);
        try (RotatingFile log = new RotatingFile(file, 1024, 1)) {
            log.append(line(1));
        }

        assertEquals(1000, Files.size(dir.resolve("proxy.log.1")));
        assertEquals(100, Files.size(file));
    }

    @Test
    void parsesHarborRotateSizes() {
        assertEquals(200L << 20, RotateSize.parse("200M"));
        assertEquals(1024, RotateSize.parse("1k"));
        assertEquals(2L << 30, RotateSize.parse("2G"));
        assertEquals(5000, RotateSize.parse("5000"));
        assertThrows(IllegalArgumentException.class, () -> RotateSize.parse("lots"));
        assertThrows(IllegalArgumentException.class, () -> RotateSize.parse("0"));
    }

    private static byte[] line(int i) {
        String text = String.format("%05d ", i) + "x".repeat(93) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
