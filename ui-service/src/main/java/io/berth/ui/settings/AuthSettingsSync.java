package io.berth.ui.settings;

import io.berth.common.internal.AccountSettings;
import io.berth.ui.security.AuthClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps auth-service's copy of the settings it applies (self-registration, token lifetime,
 * auth_mode, the ldap_* items an admin stored) equal to ours, as {@code CacheProjectSync} does
 * for registry-core: pushed after every committed change (before the admin's PUT answers), when
 * ui-service starts, and every few minutes to heal a lost push; retried every few seconds while
 * auth-service cannot take it. auth-service stores them, so its requests never ask us.
 */
@ApplicationScoped
public class AuthSettingsSync {

    private static final Logger LOG = Logger.getLogger(AuthSettingsSync.class);
    private static final long RETRY_SECONDS = 5;
    private static final long REFRESH_SECONDS = 300;

    private final AuthClient auth;
    private final SystemSettings settings;
    private final ScheduledExecutorService pushes = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "auth-settings-sync");
        t.setDaemon(true);
        return t;
    });
    private boolean retryPending;

    public AuthSettingsSync(AuthClient auth, SystemSettings settings) {
        this.auth = auth;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent e) {
        pushes.scheduleWithFixedDelay(this::pushOrRetry, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent e) {
        pushes.shutdownNow();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged change) {
        pushOrRetry();
    }

    /** Sends the effective settings now; true when auth-service stored them. */
    public synchronized boolean push() {
        AccountSettings current = settings.forAuthService();
        boolean stored = auth.pushSettings(current);
        if (stored) {
            LOG.debugf("settings sent to auth-service: authMode=%s", current.authMode());
        }
        return stored;
    }

    private void pushOrRetry() {
        try {
            if (push()) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.warnf("failed to read the settings for auth-service: %s", e.toString());
        }
        scheduleRetry();
    }

    private synchronized void scheduleRetry() {
        if (retryPending || pushes.isShutdown()) {
            return;
        }
        retryPending = true;
        pushes.schedule(() -> {
            synchronized (this) {
                retryPending = false;
            }
            pushOrRetry();
        }, RETRY_SECONDS, TimeUnit.SECONDS);
    }
}
