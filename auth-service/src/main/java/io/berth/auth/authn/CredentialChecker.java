package io.berth.auth.authn;

import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The one way a password is checked: every login, token request, Basic-authenticated API call
 * and old-password confirmation comes here, behind {@link LoginLimiter}. Asks every enabled
 * {@link Authenticator}, database first. {@link LoginLockedException} when the source must wait;
 * an outage of the database or directory propagates and counts as no guess.
 */
@ApplicationScoped
public class CredentialChecker {

    private static final Logger LOG = Logger.getLogger(CredentialChecker.class);

    private final List<Authenticator> authenticators;
    private final LoginLimiter limiter;

    public CredentialChecker(Instance<Authenticator> all, LoginLimiter limiter) {
        this.authenticators = all.stream()
                .sorted(Comparator.comparingInt(Authenticator::order))
                .toList();
        this.limiter = limiter;
    }

    /** The principal of good credentials sent from {@code clientAddress}; empty for bad ones. */
    public Optional<Principal> check(String username, String password, String clientAddress) {
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        LoginLimiter.Attempt attempt = limiter.begin(clientAddress, username, password);
        boolean answered = false;
        try {
            Optional<Principal> p = firstMatch(username, password);
            answered = true;
            if (p.isPresent()) {
                limiter.succeeded(attempt);
            } else {
                limiter.failed(attempt);
                LOG.debugf("credentials rejected: username=%s, address=%s", username, clientAddress);
            }
            return p;
        } finally {
            if (!answered) {
                limiter.abandoned(attempt);
            }
        }
    }

    private Optional<Principal> firstMatch(String username, String password) {
        for (Authenticator a : authenticators) {
            if (a.enabled()) {
                Optional<Principal> p = a.authenticate(username, password);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }
}
