package io.berth.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class LibtrustKeyIdTest {

    /** The libtrust recipe written out with commons-codec's base32, independent of ours. */
    static String expected(PublicKey key) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        String b32 = new Base32().encodeAsString(Arrays.copyOf(digest, 30)).replace("=", "");
        return String.join(":", b32.split("(?<=\\G.{4})"));
    }

    @Test
    void matchesTheLibtrustRecipe() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        for (int i = 0; i < 3; i++) {
            PublicKey key = g.generateKeyPair().getPublic();
            String kid = LibtrustKeyId.of(key);
            assertEquals(expected(key), kid);
            assertTrue(kid.matches("([A-Z2-7]{4}:){11}[A-Z2-7]{4}"), kid);
        }
    }
}
