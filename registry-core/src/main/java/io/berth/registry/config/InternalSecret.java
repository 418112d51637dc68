package io.berth.registry.config;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/** The deployment's internal secret, read once from {@code berth.internal-secret-file}; never logged. */
@Singleton
public class InternalSecret {

    private final Optional<String> secret;

    public InternalSecret(BerthConfig config) {
        this.secret = config.internalSecretFile().map(f -> {
            try {
                return Files.readString(Path.of(f), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(s -> !s.isEmpty());
    }

    public Optional<String> value() {
        return secret;
    }

    /** Constant-time check; false when no secret is configured (internal API closed). */
    public boolean matches(String presented) {
        return secret.isPresent() && presented != null && MessageDigest.isEqual(
                secret.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
