package io.berth.common.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;

/**
 * docker/libtrust's key id, which distribution matches against its root certificates:
 * SHA-256 of the DER (PKIX) public key, first 240 bits, base32 (RFC 4648, no padding) giving
 * 48 characters, written as 12 groups of 4 joined by {@code :}. The token service names its
 * signing key with it and registry-core finds the trusted certificate by it, so both use this one.
 */
public final class LibtrustKeyId {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private LibtrustKeyId() {
    }

    public static String of(PublicKey key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        String b32 = base32(digest, 30);
        StringBuilder out = new StringBuilder(59);
        for (int i = 0; i < b32.length(); i += 4) {
            if (i > 0) {
                out.append(':');
            }
            out.append(b32, i, i + 4);
        }
        return out.toString();
    }

    /** Base32 of the first {@code length} bytes; {@code length} a multiple of 5, so no padding. */
    private static String base32(byte[] data, int length) {
        StringBuilder out = new StringBuilder(length * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++) {
            buffer = (buffer << 8) | (data[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
