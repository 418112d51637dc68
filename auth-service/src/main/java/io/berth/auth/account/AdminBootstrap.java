package io.berth.auth.account;

import io.berth.auth.config.AuthConfig;
import io.berth.auth.user.PasswordHasher;
import io.berth.auth.user.UserRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Gives {@code admin} (user 1, inserted by the first migration) its initial password on the
 * very first start; later starts leave the password alone, as Harbor does.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuthConfig config;

    public AdminBootstrap(UserRepository users, PasswordHasher hasher, AuthConfig config) {
        this.users = users;
        this.hasher = hasher;
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        // hashing (bcrypt, on a cold JVM) only when there is a password to set, not at every start
        if (users.count("id = ?1 and passwordHash is null", AccountService.ADMIN_ID) == 0) {
            return;
        }
        int updated = users.update("passwordHash = ?1, updateTime = ?2 where id = ?3 and passwordHash is null",
                hasher.hash(config.adminInitialPassword()), Instant.now(), AccountService.ADMIN_ID);
        if (updated > 0) {
            LOG.info("admin password initialised");
        }
    }
}
