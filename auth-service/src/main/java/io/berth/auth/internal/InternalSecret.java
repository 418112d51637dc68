package io.berth.auth.internal;

import io.berth.auth.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;

/** The deployment's internal secret (read once from its file), shown to and checked on internal calls. */
@ApplicationScoped
public class InternalSecret {

    private final String value;

    public InternalSecret(AuthConfig config) {
        try {
            this.value = Files.readString(config.internalSecretFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("failed to read the internal secret file", e);
        }
        if (value.isEmpty()) {
            throw new IllegalStateException("the internal secret file is empty");
        }
    }

    public String value() {
        return value;
    }

    /** Constant-time comparison with a presented value. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
