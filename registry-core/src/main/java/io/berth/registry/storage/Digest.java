package io.berth.registry.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A content digest {@code algorithm:hex}; only sha256 and sha512 are accepted. */
public record Digest(String algorithm, String hex) {

    private static final Pattern SHA256 = Pattern.compile("[a-f0-9]{64}");
    private static final Pattern SHA512 = Pattern.compile("[a-f0-9]{128}");

    /** Parses or throws {@link IllegalArgumentException}. */
    public static Digest parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing digest");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("invalid digest: " + text);
        }
        String alg = text.substring(0, colon);
        String hex = text.substring(colon + 1);
        boolean ok = switch (alg) {
            case "sha256" -> SHA256.matcher(hex).matches();
            case "sha512" -> SHA512.matcher(hex).matches();
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("invalid digest: " + text);
        }
        return new Digest(alg, hex);
    }

    public static boolean isDigest(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static Digest of(byte[] content) {
        return fromHasher("sha256", sha256().digest(content));
    }

    public static MessageDigest sha256() {
        return hasher("sha256");
    }

    public static MessageDigest hasher(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.equals("sha512") ? "SHA-512" : "SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Digest fromHasher(String algorithm, byte[] sum) {
        return new Digest(algorithm, HexFormat.of().formatHex(sum));
    }

    public MessageDigest newHasher() {
        return hasher(algorithm);
    }

    @Override
    public String toString() {
        return algorithm + ":" + hex;
    }
}
