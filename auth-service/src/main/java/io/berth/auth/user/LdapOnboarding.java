package io.berth.auth.user;

import io.berth.auth.ldap.LdapUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates or refreshes the {@code berth_user} row of a directory user (email from {@code mail},
 * real name from {@code cn}, no local password, marked {@code ldap}).
 */
@ApplicationScoped
public class LdapOnboarding {

    private static final Logger LOG = Logger.getLogger(LdapOnboarding.class);
    private static final long ADMIN_ID = 1L;

    private final UserRepository users;

    public LdapOnboarding(UserRepository users) {
        this.users = users;
    }

    /**
     * The account, or empty when the name belongs to the local administrator or, in another case,
     * to another account.
     */
    @Transactional
    public Optional<UserAccount> onboard(LdapUser ldap) {
        Optional<UserAccount> existing = users.byName(ldap.username());
        if (existing.isPresent() && existing.get().id == ADMIN_ID) {
            LOG.warn("ldap user named like the local administrator is not onboarded");
            return Optional.empty();
        }
        if (existing.isEmpty() && users.nameTaken(ldap.username())) {
            LOG.warnf("ldap user not onboarded, an account differing only in case exists: username=%s",
                    ldap.username());
            return Optional.empty();
        }
        Instant now = Instant.now();
        UserAccount u = existing.orElseGet(UserAccount::new);
        boolean created = u.id == null;
        if (created) {
            u.username = ldap.username();
            u.creationTime = now;
        }
        u.realname = ldap.realName() == null ? "" : ldap.realName();
        u.email = freeEmail(ldap.email(), u.id);
        u.passwordHash = null;
        u.authSource = "ldap";
        u.updateTime = now;
        if (created) {
            users.persist(u);
            LOG.infof("ldap user onboarded: username=%s", u.username);
        }
        return Optional.of(u);
    }

    /** The directory's mail unless empty or already another account's (the column is unique). */
    private String freeEmail(String mail, Long ownId) {
        if (mail == null || mail.isBlank()) {
            return null;
        }
        Optional<UserAccount> holder = users.byEmail(mail);
        return holder.isPresent() && !holder.get().id.equals(ownId) ? null : mail;
    }
}
