package io.berth.auth.authn;

import io.berth.auth.settings.AppliedSettings;
import io.berth.auth.user.PasswordHasher;
import io.berth.auth.user.UserAccount;
import io.berth.auth.user.UserRepository;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Accounts of auth-service's own database. Always enabled; in ldap_auth mode only the
 * administrator (user 1) logs in from here, as in Harbor.
 */
@ApplicationScoped
public class DbAuthenticator implements Authenticator {

    /** In ldap_auth mode only this account signs in with its database password (Harbor's rule). */
    static final long ADMIN_ID = 1L;

    private final UserRepository users;
    private final PasswordHasher hasher;
    /** Compared against when the user is unknown, so both paths cost one bcrypt check. */
    private final String decoy;

    private final AppliedSettings settings;
    private final VerifiedPasswords verified;

    public DbAuthenticator(UserRepository users, PasswordHasher hasher, AppliedSettings settings,
            VerifiedPasswords verified) {
        this.users = users;
        this.verified = verified;
        this.settings = settings;
        this.hasher = hasher;
        this.decoy = hasher.hash("decoy-Password-1");
    }

    @Override
    @Transactional
    public Optional<Principal> authenticate(String username, String password) {
        boolean adminOnly = settings.ldapAuth();
        Optional<UserAccount> account = users.byName(username)
                .filter(u -> !adminOnly || u.id == ADMIN_ID)
                .filter(u -> !u.fromLdap());
        String stored = account.map(u -> u.passwordHash).orElse(null);
        if (stored != null && verified.known(stored, password)) {
            return account.map(Principals::of);
        }
        boolean ok = hasher.matches(password, stored == null ? decoy : stored) && stored != null;
        if (ok) {
            verified.remember(stored, password);
        }
        return ok ? account.map(Principals::of) : Optional.empty();
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public int order() {
        return 0;
    }
}
