package io.berth.ui.security;

import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who a {@code sid} cookie stands for now: its signature and expiry are checked here, then
 * auth-service answers who the session is at this moment, on every request. The token's own
 * claims are what held when it was issued; only auth-service knows whether the account was
 * demoted, its password changed or reset, or the account deleted since, so the answer is
 * never cached (see docs/architecture.md, "Sessions and rights").
 */
@ApplicationScoped
public class BrowserSessions {

    /** A live session: who it is now and the CSRF token it was issued with. */
    public record Live(Principal principal, String csrf) {
    }

    private final SessionTokenVerifier verifier;
    private final AuthClient auth;

    public BrowserSessions(SessionTokenVerifier verifier, AuthClient auth) {
        this.verifier = verifier;
        this.auth = auth;
    }

    /** Empty for no cookie, a forged or expired one, or a session auth-service no longer knows. */
    public Optional<Live> resolve(String sid) {
        if (sid == null || sid.isEmpty()) {
            return Optional.empty();
        }
        return verifier.verify(sid).flatMap(s -> auth.session(s.jti())
                .filter(p -> !p.anonymous() && p.userId() == s.userId())
                .map(p -> new Live(p, s.csrf())));
    }
}
