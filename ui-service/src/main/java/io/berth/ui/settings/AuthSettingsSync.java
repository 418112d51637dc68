package io.berth.ui.settings;

import io.berth.common.internal.AccountSettings;
import io.berth.ui.peer.PeerPush;
import io.berth.ui.peer.PeerSync;
import io.berth.ui.security.AuthClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Keeps auth-service's copy of the settings it applies (self-registration, token lifetime,
 * auth_mode, the ldap_* items an admin stored) equal to ours, as {@code CacheProjectSync} does
 * for registry-core: pushed after every committed change (before the admin's PUT answers), when
 * ui-service starts, and every few minutes to heal a lost push; retried while auth-service cannot
 * take it ({@link PeerPush}). auth-service stores them, so its requests never ask us.
 */
@ApplicationScoped
public class AuthSettingsSync implements PeerSync {

    private static final Logger LOG = Logger.getLogger(AuthSettingsSync.class);
    private static final long REFRESH_SECONDS = 300;

    private final AuthClient auth;
    private final SystemSettings settings;
    private final PeerPush pushes = new PeerPush("auth-settings", this::push);

    public AuthSettingsSync(AuthClient auth, SystemSettings settings) {
        this.auth = auth;
        this.settings = settings;
    }

    @Override
    public PeerPush pushes() {
        return pushes;
    }

    void onStart(@Observes StartupEvent e) {
        pushes.every(REFRESH_SECONDS);
    }

    void onStop(@Observes ShutdownEvent e) {
        pushes.stop();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged change) {
        pushes.now();
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
}
