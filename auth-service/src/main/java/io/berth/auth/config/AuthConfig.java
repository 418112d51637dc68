package io.berth.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * What auth-service reads under {@code auth.*} (docs/configuration.md); the {@code auth.ldap.*}
 * keys belong to {@code io.berth.auth.ldap.LdapConfig}.
 */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {

    /** The address clients use, e.g. {@code https://registry.example.com}; decides Secure cookies. */
    @WithDefault("http://localhost:8080")
    String externalUrl();

    /** ui-service's base URL, asked which actions a caller holds. */
    @WithDefault("http://localhost:8081")
    String uiUrl();

    /** The deployment's internal secret, read from this file. */
    Path internalSecretFile();

    /** {@code db_auth} or {@code ldap_auth}. */
    @WithDefault("db_auth")
    String mode();

    /**
     * harbor.cfg's self_registration, written by prepare but not decisive here: ui-service owns the
     * effective value (it starts from the same key and a system admin may change it), which
     * auth-service reads through {@code SystemSettingsClient}.
     */
    @WithDefault("false")
    boolean selfRegistration();

    /** Password given to {@code admin} (user 1) on the very first start only. */
    @WithDefault("Harbor12345")
    String adminInitialPassword();

    Token token();

    Session session();

    Login login();

    Settings settings();

    interface Token {
        Path privateKeyFile();

        Path certificateFile();

        @WithDefault("harbor-token-issuer")
        String issuer();

        @WithDefault("harbor-registry")
        String service();

        @WithDefault("30")
        int expirationMinutes();
    }

    interface Session {
        /** Lifetime of a browser session (the {@code sid} JWT and its record). */
        @WithDefault("60")
        int expirationMinutes();
    }

    interface Login {
        /** Wait before the next attempt after one failure; doubles with every further failure. */
        @WithDefault("1000")
        long failureDelayMillis();

        /** Upper bound of that wait. */
        @WithDefault("30")
        int failureDelayMaxSeconds();

        /** Failures older than this are forgotten. */
        @WithDefault("900")
        int failureWindowSeconds();
    }

    interface Settings {
        /** How long ui-service's answer about the system settings is reused. */
        @WithDefault("5")
        int cacheSeconds();
    }
}
