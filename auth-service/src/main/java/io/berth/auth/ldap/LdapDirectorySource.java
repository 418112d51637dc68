package io.berth.auth.ldap;

import io.berth.auth.settings.AppliedSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The directory in use, shared by login and the admin helpers so they share one connection
 * pool: {@code auth.ldap.*} from prepare with the {@code ldap_*} items a system admin stored in
 * ui-service applied over them. When those items change, the next use builds a new directory and
 * closes the old one. Invalid settings do not stop the service (the admin account must still
 * sign in); they make every LDAP use fail with the reason.
 */
@ApplicationScoped
public class LdapDirectorySource {

    private static final Logger LOG = Logger.getLogger(LdapDirectorySource.class);

    private final LdapConfig config;
    /** The stored ldap_* items; null for fixed settings. */
    private final Supplier<Map<String, String>> stored;
    private Built current;

    @Inject
    public LdapDirectorySource(LdapConfig config, AppliedSettings settings) {
        this.config = config;
        this.stored = () -> settings.current().ldap();
    }

    /** {@code auth.ldap.*} alone. */
    public LdapDirectorySource(LdapConfig config) {
        this.config = config;
        this.stored = Map::of;
    }

    public LdapDirectorySource(LdapSettings settings) {
        this.config = null;
        this.stored = null;
        this.current = new Built(Map.of(), new LdapDirectory(settings), null);
    }

    /** True when a url is set and the settings are valid. */
    public boolean configured() {
        return built().directory != null;
    }

    /**
     * The directory in use; {@link LdapSettingsException} when there is none (not configured, or
     * invalid settings): a configuration problem, not an outage.
     */
    public LdapDirectory directory() {
        Built b = built();
        if (b.directory == null) {
            throw new LdapSettingsException(b.problem);
        }
        return b.directory;
    }

    private synchronized Built built() {
        if (stored == null) {
            return current;
        }
        Map<String, String> items = stored.get();
        if (current == null || !current.items.equals(items)) {
            Built old = current;
            current = build(items);
            if (old != null && old.directory != null) {
                // a login still running on the old pool fails once; settings change rarely
                old.directory.close();
            }
        }
        return current;
    }

    private Built build(Map<String, String> items) {
        try {
            Optional<LdapSettings> settings = LdapSettings.from(config, items);
            if (settings.isEmpty()) {
                return new Built(items, null, "ldap is not configured");
            }
            if (!items.isEmpty()) {
                LOG.infov("ldap settings in use: {0}", settings.get());
            }
            return new Built(items, new LdapDirectory(settings.get()), null);
        } catch (LdapSettingsException e) {
            LOG.errorv("invalid ldap settings: {0}", e.getMessage());
            return new Built(items, null, "invalid ldap settings: " + e.getMessage());
        }
    }

    @PreDestroy
    synchronized void close() {
        if (current != null && current.directory != null) {
            current.directory.close();
        }
    }

    private record Built(Map<String, String> items, LdapDirectory directory, String problem) {
    }
}
