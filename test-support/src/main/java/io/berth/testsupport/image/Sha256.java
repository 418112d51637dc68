package io.berth.testsupport.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code sha256:<hex>} digests of bytes and files (files are hashed as streams). */
public final class Sha256 {

    private Sha256() {
    }

    public static String of(byte[] content) {
        return "sha256:" + HexFormat.of().formatHex(digest().digest(content));
    }

    public static String of(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    /** {@code sha256:<hex>} of a finished SHA-256 hash. */
    public static String hex(byte[] sha256) {
        return "sha256:" + HexFormat.of().formatHex(sha256);
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
