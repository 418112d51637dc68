package io.berth.auth.settings;

import io.berth.auth.config.AuthConfig;
import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.AccountSettings;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The settings a system admin changes through ui-service's {@code /configurations} (ui-service
 * stores them, so they outlive restarts of either service): self-registration, token lifetime,
 * auth_mode and the ldap_* items. Read from ui-service and kept for
 * {@code auth.settings.cache-seconds}. When ui-service cannot answer, the last answer stays in
 * use; before any answer, self-registration is refused (it may have been switched off) and the
 * configured token lifetime, auth mode and LDAP settings apply.
 */
@ApplicationScoped
public class SystemSettingsClient {

    private static final Logger LOG = Logger.getLogger(SystemSettingsClient.class);

    private final SettingsRestClient client;
    private final InternalSecret secret;
    private final long ttlNanos;
    private final AccountSettings fallback;
    private final String configuredMode;
    private AccountSettings known;
    private long expiresAt;

    public SystemSettingsClient(AuthConfig config, InternalSecret secret) {
        this.secret = secret;
        this.ttlNanos = TimeUnit.SECONDS.toNanos(config.settings().cacheSeconds());
        this.fallback = new AccountSettings(false, config.token().expirationMinutes(), config.mode(), null);
        this.configuredMode = config.mode();
        this.client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.uiUrl()))
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build(SettingsRestClient.class);
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
            AccountSettings answer = client.get(secret.value());
            if (answer == null || answer.tokenExpirationMinutes() < 1) {
                throw new IllegalStateException("invalid settings answer: " + answer);
            }
            known = answer;
        } catch (RuntimeException e) {
            LOG.warnf("failed to read settings from ui-service: error=%s", e.toString());
        }
        // a failure is not retried on every call either: ui-service is asked again after the ttl
        expiresAt = now + ttlNanos;
        return known != null ? known : fallback;
    }
}
