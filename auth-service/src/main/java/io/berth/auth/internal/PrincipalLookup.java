package io.berth.auth.internal;

import io.berth.auth.account.UserRepository;
import io.berth.auth.authn.Principals;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Live accounts as principals, by name or id. */
@ApplicationScoped
public class PrincipalLookup {

    private final UserRepository users;

    public PrincipalLookup(UserRepository users) {
        this.users = users;
    }

    @Transactional
    public Optional<Principal> byName(String username) {
        return users.byName(username).map(Principals::of);
    }

    @Transactional
    public Optional<Principal> byId(long id) {
        return users.live(id).map(Principals::of);
    }
}
