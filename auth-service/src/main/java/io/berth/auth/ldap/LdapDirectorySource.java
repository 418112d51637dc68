package io.berth.auth.ldap;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * The directory configured under {@code auth.ldap.*}, shared by login and the admin helpers so
 * they share one connection pool. Invalid settings do not stop the service (the admin account
 * must still sign in); they make every LDAP use fail with the reason.
 */
@ApplicationScoped
public class LdapDirectorySource {

    private static final Logger LOG = Logger.getLogger(LdapDirectorySource.class);

    private final LdapDirectory directory;
    private final String problem;

    @Inject
    public LdapDirectorySource(LdapConfig config) {
        LdapDirectory built = null;
        String failure = "ldap is not configured";
        try {
            Optional<LdapSettings> settings = LdapSettings.from(config);
            if (settings.isPresent()) {
                built = new LdapDirectory(settings.get());
                failure = null;
            }
        } catch (LdapSettingsException e) {
            LOG.errorv("invalid ldap settings: {0}", e.getMessage());
            failure = "invalid ldap settings: " + e.getMessage();
        }
        this.directory = built;
        this.problem = failure;
    }

    public LdapDirectorySource(LdapSettings settings) {
        this.directory = new LdapDirectory(settings);
        this.problem = null;
    }

    /** True when {@code auth.ldap.url} is set and the settings are valid. */
    public boolean configured() {
        return directory != null;
    }

    /** The configured directory; {@link LdapUnavailableException} when there is none. */
    public LdapDirectory directory() {
        if (directory == null) {
            throw new LdapUnavailableException(problem);
        }
        return directory;
    }

    @PreDestroy
    void close() {
        if (directory != null) {
            directory.close();
        }
    }
}
