package io.berth.common.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The deployment's internal secret (prepare writes it once to a file), presented in
 * {@link InternalApi#SECRET_HEADER} on every internal call and checked there. Read once at start:
 * a missing, unreadable or empty file stops the service instead of leaving its internal API open
 * to an empty header. Never logged.
 */
public final class InternalSecret {

    private static final InternalSecret NONE = new InternalSecret(null);

    private final byte[] value;

    private InternalSecret(String value) {
        this.value = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** The secret in {@code file} (surrounding white space dropped); fails when there is none. */
    public static InternalSecret read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("failed to read the internal secret file " + file, e);
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("the internal secret file " + file + " is empty");
        }
        return new InternalSecret(text);
    }

    /** No secret configured (registry-core run alone): internal calls are neither made nor accepted. */
    public static InternalSecret none() {
        return NONE;
    }

    public boolean configured() {
        return value != null;
    }

    /** The secret to present; fails when none is configured. */
    public String value() {
        if (value == null) {
            throw new IllegalStateException("no internal secret is configured");
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** Constant-time check of a presented header value; false without a configured secret. */
    public boolean matches(String presented) {
        return value != null && presented != null
                && MessageDigest.isEqual(value, presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "InternalSecret[***]";
    }
}
