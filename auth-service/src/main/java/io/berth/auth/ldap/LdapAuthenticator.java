package io.berth.auth.ldap;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.directory.api.ldap.model.name.Dn;
import org.jboss.logging.Logger;

/**
 * Checks a user name and password against the configured directory, in either of Harbor's forms:
 * a DN template in the base DN (bind directly as {@code uid=<name>,...}), or search-then-bind
 * (find exactly one entry passing the filter with {@code <uid>=<name>}, bind as its DN).
 *
 * <p>Returns the user to onboard, or empty when the directory refuses the login. Throws
 * {@link LdapUnavailableException} when the directory cannot answer within the timeout, so the
 * caller can tell "wrong password" from "directory down" (both are a 401 to a client).
 */
@ApplicationScoped
public class LdapAuthenticator {

    private static final Logger LOG = Logger.getLogger(LdapAuthenticator.class);

    private final LdapDirectorySource source;

    @Inject
    public LdapAuthenticator(LdapDirectorySource source) {
        this.source = source;
    }

    public boolean configured() {
        return source.configured();
    }

    public Optional<LdapUser> authenticate(String username, String password) {
        if (password == null || password.isEmpty()) {
            LOG.debug("ldap login refused: empty password");
            return Optional.empty();
        }
        if (!LdapNames.acceptable(username)) {
            LOG.debug("ldap login refused: unusable user name");
            return Optional.empty();
        }
        LdapDirectory directory = source.directory();
        LdapSettings settings = directory.settings();
        Deadline deadline = Deadline.in(settings.timeout());
        try {
            Optional<LdapUser> user = settings.template().isPresent()
                    ? directory.bindAndRead(settings.template().get().dnFor(username), password, username, deadline)
                    : searchThenBind(directory, username, password, deadline);
            if (user.isEmpty()) {
                LOG.debugv("ldap login refused, user={0}", username);
            }
            return user;
        } catch (LdapUnavailableException e) {
            LOG.warnv("ldap login failed, url={0} reason={1}", settings.endpoint(), e.getMessage());
            throw e;
        }
    }

    private static Optional<LdapUser> searchThenBind(LdapDirectory directory, String username, String password, Deadline deadline) {
        List<LdapUser> found = directory.findUsers(username, 2, deadline);
        if (found.size() != 1) {
            if (found.size() > 1) {
                LOG.warnv("ldap login refused: more than one entry matches, user={0}", username);
            }
            return Optional.empty();
        }
        LdapUser user = found.get(0);
        return directory.checkPassword(dn(user.dn()), password, deadline) ? Optional.of(user) : Optional.empty();
    }

    private static Dn dn(String name) {
        try {
            return new Dn(name);
        } catch (org.apache.directory.api.ldap.model.exception.LdapInvalidDnException e) {
            throw new LdapUnavailableException("ldap returned an unusable dn", e);
        }
    }
}
