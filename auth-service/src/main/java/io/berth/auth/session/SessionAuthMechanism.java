package io.berth.auth.session;

import io.berth.auth.authn.Principals;
import io.berth.auth.session.SessionService;
import io.berth.auth.user.UserRepository;
import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Principal;
import io.berth.common.token.CsrfRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The {@code sid} session cookie: a live session of a live account; state-changing requests
 * must also repeat the session's CSRF token in {@code X-Harbor-CSRF-Token}.
 */
@ApplicationScoped
public class SessionAuthMechanism {

    private final SessionService sessions;
    private final UserRepository users;

    public SessionAuthMechanism(SessionService sessions, UserRepository users) {
        this.sessions = sessions;
        this.users = users;
    }

    @Transactional
    public Optional<Principal> authenticate(String sid, String method, String csrfHeader) {
        var session = sessions.resolve(sid);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (!CsrfRule.satisfied(method, session.get().csrf(), csrfHeader)) {
            throw HarborException.forbidden("CSRF token invalid");
        }
        return users.live(session.get().userId()).map(Principals::of);
    }

    /** The jti of a live session cookie. */
    public Optional<String> sessionId(String sid) {
        return sessions.resolve(sid).map(t -> t.jti());
    }


}
