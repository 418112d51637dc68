package io.berth.ui.config;

import io.berth.common.internal.AccountSettings;
import io.berth.common.ldap.LdapKeys;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ui-service configuration, written by prepare (docs/configuration.md, prefix {@code ui}). */
@ConfigMapping(prefix = "ui")
public interface UiConfig {

    @WithDefault("http://localhost:8080")
    String externalUrl();

    /** registry-core's base URL; its {@code /q/health/ready} feeds the health page. */
    String registryUrl();

    /** How ui-service calls registry-core's internal API. */
    Registry registry();

    interface Registry {
        @WithDefault("2")
        int connectTimeoutSeconds();

        @WithDefault("30")
        int readTimeoutSeconds();

        /** registry-core answers a garbage collection when it is done. */
        @WithDefault("3600")
        int gcTimeoutSeconds();
    }

    /** auth-service's base URL (identity, sessions, user look-ups). */
    String authUrl();

    /** log-collector's HTTP base URL (health only). */
    String logHealthUrl();

    String internalSecretFile();

    /**
     * Peers whose {@code X-Real-IP} names the client (comma separated addresses, ranges or host
     * names): the gateway. Passed to auth-service with Basic credentials, so guesses are counted
     * against the caller's address.
     */
    @WithDefault("127.0.0.1,::1")
    String trustedProxies();

    /** root.crt: the certificate whose key signs session JWTs. */
    String tokenCertificateFile();

    /** {@code everyone} or {@code adminonly}. */
    @WithDefault("everyone")
    String projectCreationRestriction();

    @WithDefault("false")
    boolean selfRegistration();

    @WithDefault(AccountSettings.DB_AUTH)
    String authMode();

    @WithDefault("30")
    int tokenExpirationMinutes();

    /** Mirror mode: harbor.cfg's registry_proxy_remoteurl is set (registry-core caches that upstream). */
    @WithDefault("false")
    boolean proxyMirror();

    /** harbor.cfg's proxy_create_projects: in mirror mode a pull into a missing project creates it. */
    @WithDefault("true")
    boolean proxyCreateProjects();

    /**
     * harbor.cfg's ldap_* (no search password: it is never shown), the defaults /configurations
     * shows until a system admin stores other values. Written by prepare in ldap_auth mode.
     */
    Ldap ldap();

    interface Ldap extends LdapKeys {
    }

    default boolean adminOnlyProjectCreation() {
        return "adminonly".equalsIgnoreCase(projectCreationRestriction());
    }
}
