package io.berth.registry.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;

/** docker/libtrust key ids: SHA-256 of the PKIX public key, 240 bits, base32, groups of four. */
public final class LibtrustKeyId {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private LibtrustKeyId() {
    }

    public static String of(PublicKey key) {
        byte[] sum;
        try {
            sum = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String b32 = base32(Arrays.copyOf(sum, 30));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b32.length(); i += 4) {
            if (i > 0) {
                out.append(':');
            }
            out.append(b32, i, i + 4);
        }
        return out.toString();
    }

    private static String base32(byte[] data) {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return sb.toString();
    }
}
