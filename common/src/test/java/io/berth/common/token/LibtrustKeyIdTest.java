package io.berth.common.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LibtrustKeyIdTest {

    /** The libtrust recipe written out another way: the 240 bits as one number, read five bits at a time. */
    static String expected(PublicKey key) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        BigInteger bits = new BigInteger(1, Arrays.copyOf(digest, 30));
        StringBuilder b32 = new StringBuilder();
        for (int shift = 240 - 5; shift >= 0; shift -= 5) {
            b32.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(bits.shiftRight(shift).intValue() & 31));
        }
        return String.join(":", b32.toString().split("(?<=\\G.{4})"));
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
