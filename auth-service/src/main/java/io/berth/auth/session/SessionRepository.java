package io.berth.auth.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Issued sessions by jti. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<BrowserSession, String> {

    /** True when the session was issued here, is not revoked and has not expired. */
    public boolean live(String jti, Instant now) {
        return count("jti = ?1 and revoked = false and expiresAt > ?2", jti, now) > 0;
    }

    public void revoke(String jti) {
        update("revoked = true where jti = ?1", jti);
    }

    public void revokeAllOf(long userId) {
        update("revoked = true where userId = ?1", userId);
    }

    public long purgeExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
