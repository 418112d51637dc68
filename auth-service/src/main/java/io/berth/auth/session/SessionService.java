package io.berth.auth.session;

import io.berth.auth.authn.CredentialChecker;
import io.berth.auth.session.SessionTokens.SessionToken;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Logs users in (a recorded, signed session), out (revoked until it expires), and answers liveness. */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final CredentialChecker credentials;
    private final SessionTokens tokens;
    private final SessionRepository sessions;

    public SessionService(CredentialChecker credentials, SessionTokens tokens, SessionRepository sessions) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** A new session for good credentials sent from {@code clientAddress}; empty for bad ones. */
    @Transactional
    public Optional<SessionToken> login(String username, String password, String clientAddress) {
        Optional<Principal> principal = credentials.check(username, password, clientAddress);
        if (principal.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        sessions.purgeExpired(now);
        SessionToken token = tokens.issue(principal.get());
        BrowserSession row = new BrowserSession();
        row.jti = token.jti();
        row.userId = token.userId();
        row.expiresAt = token.expiresAt();
        sessions.persist(row);
        LOG.infof("user logged in: username=%s", principal.get().username());
        return Optional.of(token);
    }

    /** Revokes the session this cookie carries, when it is one of ours. */
    @Transactional
    public void logout(String jwt) {
        tokens.verify(jwt).ifPresent(t -> sessions.revoke(t.jti()));
    }

    /** The account of a live session: issued here, neither revoked nor expired. */
    @Transactional
    public Optional<Long> liveUser(String jti) {
        return sessions.liveUser(jti, Instant.now());
    }

    /** The session of a cookie when it is well signed, unexpired and not revoked. */
    @Transactional
    public Optional<SessionToken> resolve(String jwt) {
        return tokens.verify(jwt).filter(t -> sessions.live(t.jti(), Instant.now()));
    }

    /** Ends every session of the account but {@code keep} (a jti, or null for none). */
    @Transactional
    public void revokeAllOf(long userId, String keep) {
        sessions.revokeAllOf(userId, keep);
    }
}
