package io.berth.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SealedSecretsTest {

    private final SealedSecrets box = new SealedSecrets("internal-secret-one");

    @Test
    void sealedTextOpensWithTheSameSecretAndHidesThePlainText() {
        String sealed = box.seal("Upstream-s3cret");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("Upstream-s3cret"));
        assertEquals("Upstream-s3cret", box.open(sealed));
        assertEquals("Upstream-s3cret", new SealedSecrets("internal-secret-one").open(sealed));
    }

    @Test
    void everySealUsesAFreshIv() {
        assertNotEquals(box.seal("same"), box.seal("same"));
    }

    @Test
    void anotherSecretOrATamperedValueDoesNotOpen() {
        String sealed = box.seal("Upstream-s3cret");
        assertThrows(IllegalArgumentException.class, () -> new SealedSecrets("internal-secret-two").open(sealed));
        char[] c = sealed.toCharArray();
        c[10] = c[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalArgumentException.class, () -> box.open(new String(c)));
        assertThrows(IllegalArgumentException.class, () -> box.open("plain"));
    }
}
