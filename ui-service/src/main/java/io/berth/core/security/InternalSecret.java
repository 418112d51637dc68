package io.berth.core.security;

import io.berth.core.config.CoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** The deployment's internal secret, read once from {@code core.internal-secret-file}. */
@ApplicationScoped
public class InternalSecret {

    private final CoreConfig config;
    private volatile String value;

    public InternalSecret(CoreConfig config) {
        this.config = config;
    }

    public String value() {
        String v = value;
        if (v == null) {
            try {
                v = Files.readString(Path.of(config.internalSecretFile()), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("failed to read the internal secret file", e);
            }
            value = v;
        }
        return v;
    }

    /** Constant-time comparison with what a caller presented. */
    public boolean matches(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(value().getBytes(StandardCharsets.UTF_8),
                presented.trim().getBytes(StandardCharsets.UTF_8));
    }
}
