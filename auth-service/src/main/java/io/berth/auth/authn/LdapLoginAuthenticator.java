package io.berth.auth.authn;

import io.berth.auth.ldap.LdapAuthenticator;
import io.berth.auth.ldap.LdapUnavailableException;
import io.berth.auth.settings.AppliedSettings;
import io.berth.auth.user.LdapOnboarding;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Directory accounts in ldap_auth mode: checks the password against LDAP, then onboards or
 * refreshes the user in {@code berth_user}. An unreachable directory is not a wrong password:
 * {@link LdapUnavailableException} goes up and the caller answers 503 (the reason is logged by
 * {@link LdapAuthenticator}); the database admin is asked first, so it still signs in.
 */
@ApplicationScoped
public class LdapLoginAuthenticator implements Authenticator {

    private final LdapAuthenticator ldap;
    private final LdapOnboarding onboarding;
    private final AppliedSettings settings;

    public LdapLoginAuthenticator(LdapAuthenticator ldap, LdapOnboarding onboarding, AppliedSettings settings) {
        this.ldap = ldap;
        this.onboarding = onboarding;
        this.settings = settings;
    }

    @Override
    public Optional<Principal> authenticate(String username, String password) {
        return ldap.authenticate(username, password)
                .flatMap(onboarding::onboard)
                .map(Principals::of);
    }

    @Override
    public boolean enabled() {
        return settings.ldapAuth() && ldap.configured();
    }

    @Override
    public int order() {
        return 10;
    }
}
