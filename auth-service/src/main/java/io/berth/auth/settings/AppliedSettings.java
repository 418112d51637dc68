package io.berth.auth.settings;

import io.berth.auth.config.AuthConfig;
import io.berth.common.internal.AccountSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The settings a system admin changes through ui-service's {@code /configurations} and
 * auth-service applies: self-registration, token lifetime, auth_mode and the ldap_* items.
 * ui-service pushes them here when they change and when it starts ({@link SettingsResource});
 * they are kept in auth-service's own schema, so a request never asks ui-service (no request
 * comes back to a service it passed through) and a restart of either side loses nothing. Read
 * from the schema again after {@code auth.settings.cache-seconds}, so every instance follows a
 * push to any of them; if the database cannot answer, the last read stays in use. Before any
 * push, self-registration is refused (it may have been switched off) and harbor.cfg's token
 * lifetime, auth mode and LDAP settings apply.
 */
@ApplicationScoped
public class AppliedSettings {

    private static final Logger LOG = Logger.getLogger(AppliedSettings.class);

    private final AppliedSettingsStore store;
    private final long ttlNanos;
    private final AccountSettings fallback;
    private final String configuredMode;
    private AccountSettings known;
    private long expiresAt;

    AppliedSettings(AppliedSettingsStore store, AuthConfig config) {
        this.store = store;
        this.ttlNanos = TimeUnit.SECONDS.toNanos(config.settings().cacheSeconds());
        this.fallback = new AccountSettings(false, config.token().expirationMinutes(), config.mode(), null);
        this.configuredMode = config.mode();
    }

    /** Whether logins go to LDAP: the auth_mode a system admin set, else harbor.cfg's. */
    public boolean ldapAuth() {
        return current().ldapAuth(configuredMode);
    }

    public synchronized AccountSettings current() {
        long now = System.nanoTime();
        if (known != null && now - expiresAt < 0) {
            return known;
        }
        try {
            store.load().ifPresent(s -> known = s);
        } catch (RuntimeException e) {
            LOG.warnf("failed to read the applied settings: error=%s", e.toString());
        }
        expiresAt = now + ttlNanos;
        return known != null ? known : fallback;
    }

    /** Stores what ui-service pushed and applies it at once. */
    public synchronized void replace(AccountSettings settings) {
        store.save(settings);
        known = settings;
        expiresAt = System.nanoTime() + ttlNanos;
        LOG.infof("settings applied: selfRegistration=%s, tokenExpirationMinutes=%d, authMode=%s, ldapItems=%s",
                settings.selfRegistration(), settings.tokenExpirationMinutes(), settings.authMode(),
                settings.ldap().keySet());
    }
}
