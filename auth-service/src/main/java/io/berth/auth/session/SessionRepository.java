package io.berth.auth.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Issued sessions by jti. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<BrowserSession, String> {

    /** True when the session was issued here, is not revoked and has not expired. */
    public boolean live(String jti, Instant now) {
        return count("jti = ?1 and revoked = false and expiresAt > ?2", jti, now) > 0;
    }

    /** The account of a session issued here, not revoked and not expired. */
    public Optional<Long> liveUser(String jti, Instant now) {
        return find("jti = ?1 and revoked = false and expiresAt > ?2", jti, now).firstResultOptional()
                .map(s -> s.userId);
    }

    public void revoke(String jti) {
        update("revoked = true where jti = ?1", jti);
    }

    /** Revokes every session of the account but {@code keep} (null: all of them). */
    public void revokeAllOf(long userId, String keep) {
        if (keep == null) {
            update("revoked = true where userId = ?1", userId);
        } else {
            update("revoked = true where userId = ?1 and jti <> ?2", userId, keep);
        }
    }

    public long purgeExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
