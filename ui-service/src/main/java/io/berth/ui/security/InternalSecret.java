package io.berth.ui.security;

import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** The deployment's internal secret, read once from {@code ui.internal-secret-file}. */
@ApplicationScoped
public class InternalSecret {

    private final UiConfig config;
    private volatile String value;

    public InternalSecret(UiConfig config) {
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
