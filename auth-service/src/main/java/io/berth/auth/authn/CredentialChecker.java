package io.berth.auth.authn;

import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Checks a user name and password against every enabled {@link Authenticator}, database first. */
@ApplicationScoped
public class CredentialChecker {

    private static final Logger LOG = Logger.getLogger(CredentialChecker.class);

    private final List<Authenticator> authenticators;

    public CredentialChecker(Instance<Authenticator> all) {
        this.authenticators = all.stream()
                .sorted(Comparator.comparingInt(Authenticator::order))
                .toList();
    }

    public Optional<Principal> check(String username, String password) {
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        for (Authenticator a : authenticators) {
            if (!a.enabled()) {
                continue;
            }
            Optional<Principal> p = a.authenticate(username, password);
            if (p.isPresent()) {
                return p;
            }
        }
        LOG.debugf("credentials rejected: username=%s", username);
        return Optional.empty();
    }
}
