package io.berth.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalSecretTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFileWithoutItsLineEnd() throws Exception {
        InternalSecret s = InternalSecret.read(Files.writeString(dir.resolve("secret"), "s3cret-value\n"));
        assertEquals("s3cret-value", s.value());
        assertTrue(s.matches("s3cret-value"));
        assertFalse(s.matches("s3cret-valu"));
        assertFalse(s.matches(""));
        assertFalse(s.matches(null));
        assertFalse(s.toString().contains("s3cret"));
    }

    @Test
    void anEmptyOrMissingFileStopsTheService() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), " \n\t\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InternalSecret.read(empty));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> InternalSecret.read(dir.resolve("missing")));
    }

    @Test
    void noSecretAcceptsNothing() {
        InternalSecret none = InternalSecret.none();
        assertFalse(none.configured());
        assertFalse(none.matches(""));
        assertFalse(none.matches("anything"));
        assertThrows(IllegalStateException.class, none::value);
    }
}
