package io.berth.auth.config;

import io.berth.common.internal.AccountSettings;
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

    /** ui-service's base URL, asked which actions a caller holds and told of account changes. */
    @WithDefault("http://localhost:8081")
    String uiUrl();

    /** The deployment's internal secret, read from this file. */
    Path internalSecretFile();

    /**
     * Peers whose {@code X-Real-IP} names the client (comma separated addresses, ranges or host
     * names): the gateway. Anyone else is counted under its own address.
     */
    @WithDefault("127.0.0.1,::1")
    String trustedProxies();

    /** {@code db_auth} or {@code ldap_auth}. */
    @WithDefault(AccountSettings.DB_AUTH)
    String mode();

    /**
     * harbor.cfg's self_registration, written by prepare but not decisive here: ui-service owns the
     * effective value (it starts from the same key and a system admin may change it) and pushes
     * it here ({@code AppliedSettings}).
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

    /** Password guessing limits (see {@code LoginLimiter}). */
    interface Login {
        /** The first wait of a source past its free guesses; doubles with every further guess. */
        @WithDefault("1000")
        long lockoutMillis();

        /** Upper bound of that wait. */
        @WithDefault("300")
        int lockoutMaxSeconds();

        /** Guesses older than this are forgotten. */
        @WithDefault("900")
        int failureWindowSeconds();

        /** Wrong passwords one address may try for one user name before it waits. */
        @WithDefault("3")
        int freeGuesses();

        /** User names one address may guess wrong for before it waits for every name (spraying). */
        @WithDefault("10")
        int freeNamesPerAddress();

        /**
         * Wrong passwords for one user name from all addresses together before every address that
         * guessed wrong for it waits (guessing spread over many addresses).
         */
        @WithDefault("20")
        int freeGuessesPerName();
    }

    interface Settings {
        /** How long the settings read from auth-service's own schema (as ui-service pushed them) are reused. */
        @WithDefault("5")
        int cacheSeconds();
    }
}
