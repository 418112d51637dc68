package io.berth.auth.authn;

import io.berth.auth.account.PasswordHasher;
import io.berth.auth.account.UserAccount;
import io.berth.auth.account.UserRepository;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Accounts of auth-service's own database. Always enabled: even in ldap_auth mode the
 * administrator (user 1) and other local accounts log in from here, as in Harbor.
 */
@ApplicationScoped
public class DbAuthenticator implements Authenticator {

    private final UserRepository users;
    private final PasswordHasher hasher;
    /** Compared against when the user is unknown, so both paths cost one bcrypt check. */
    private final String decoy;

    public DbAuthenticator(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.decoy = hasher.hash("decoy-Password-1");
    }

    @Override
    @Transactional
    public Optional<Principal> authenticate(String username, String password) {
        Optional<UserAccount> account = users.byName(username);
        String stored = account.map(u -> u.passwordHash).orElse(null);
        boolean ok = hasher.matches(password, stored == null ? decoy : stored) && stored != null;
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
