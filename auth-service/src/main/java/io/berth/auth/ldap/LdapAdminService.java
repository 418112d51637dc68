package io.berth.auth.ldap;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Harbor's LDAP helpers for system admins, ready for {@code /api/v2.0/ldap/ping},
 * {@code /ldap/users/search} and {@code /ldap/users/import}.
 */
@ApplicationScoped
public class LdapAdminService {

    /** Upper bound of one listing; the directory answers with the first ones it finds. */
    public static final int SEARCH_LIMIT = 100;

    private final LdapDirectorySource source;

    @Inject
    public LdapAdminService(LdapDirectorySource source) {
        this.source = source;
    }

    /** Tests a set of settings (typically the admin's unsaved form): connect, bind, base lookup. */
    public LdapPingResult ping(LdapSettings settings) {
        try (LdapDirectory directory = new LdapDirectory(settings)) {
            return directory.ping(Deadline.in(settings.timeout()));
        }
    }

    /** Tests the configured settings. */
    public LdapPingResult ping() {
        if (!source.configured()) {
            return LdapPingResult.failed(notConfiguredReason());
        }
        return ping(source.directory().settings());
    }

    /**
     * Users passing the configured filter whose uid equals {@code username}, or all of them
     * (up to {@link #SEARCH_LIMIT}) when it is blank. Throws {@link LdapUnavailableException} when
     * the directory cannot answer, {@link LdapSettingsException} when none is configured.
     */
    public List<LdapUser> search(String username) {
        LdapDirectory directory = source.directory();
        String name = username == null || username.isBlank() ? null : username.strip();
        if (name != null && !LdapNames.acceptable(name)) {
            return List.of();
        }
        return directory.findUsers(name, SEARCH_LIMIT, Deadline.in(directory.settings().timeout()));
    }

    /**
     * The one user whose uid equals {@code username} and who passes the filter, for importing
     * users; empty when there is none or more than one.
     */
    public Optional<LdapUser> lookup(String username) {
        if (!LdapNames.acceptable(username)) {
            return Optional.empty();
        }
        LdapDirectory directory = source.directory();
        List<LdapUser> found = directory.findUsers(username, 2, Deadline.in(directory.settings().timeout()));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The configured settings, to start an admin's ping form from; empty when LDAP is off. */
    public Optional<LdapSettings> configuredSettings() {
        return source.configured() ? Optional.of(source.directory().settings()) : Optional.empty();
    }

    private String notConfiguredReason() {
        try {
            source.directory();
            return "";
        } catch (LdapSettingsException e) {
            return e.getMessage();
        }
    }
}
