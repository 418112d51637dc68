package io.berth.auth.internal;

import io.berth.auth.authn.Principals;
import io.berth.auth.ldap.LdapAdminService;
import io.berth.auth.ldap.LdapDirectorySource;
import io.berth.auth.settings.AppliedSettings;
import io.berth.auth.user.LdapOnboarding;
import io.berth.auth.user.UserRepository;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Live accounts as principals, by name or id; directory users onboarded by name in ldap_auth mode. */
@ApplicationScoped
public class PrincipalLookup {

    private final UserRepository users;
    private final AppliedSettings settings;
    private final LdapDirectorySource directory;
    private final LdapAdminService ldap;
    private final LdapOnboarding onboarding;

    public PrincipalLookup(UserRepository users, AppliedSettings settings, LdapDirectorySource directory,
            LdapAdminService ldap, LdapOnboarding onboarding) {
        this.users = users;
        this.settings = settings;
        this.directory = directory;
        this.ldap = ldap;
        this.onboarding = onboarding;
    }

    /**
     * In ldap_auth mode, the one directory user of this name (passing the filter), created or
     * refreshed as an account, as Harbor does when a project admin adds an LDAP user who never
     * signed in; empty in db_auth mode or when the directory knows no such user. The directory
     * is asked outside any transaction; {@link io.berth.auth.ldap.LdapUnavailableException} when it cannot answer.
     */
    public Optional<Principal> onboard(String username) {
        if (!settings.ldapAuth() || !directory.configured()) {
            return Optional.empty();
        }
        return ldap.lookup(username).flatMap(onboarding::onboard).map(Principals::of);
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
