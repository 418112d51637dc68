package io.berth.ui.security;

import io.berth.common.harbor.HarborException;
import io.berth.common.token.CsrfRule;
import io.berth.common.token.TokenClaims;
import io.berth.common.harbor.HarborError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;

/**
 * The browser session on {@code /api/}: the {@code sid} cookie stands for whoever auth-service
 * says the session is now ({@link BrowserSessions}), and state-changing calls must echo the session's CSRF token in
 * {@code X-Harbor-CSRF-Token}. A stale or forged cookie leaves the caller anonymous, as Harbor
 * does, but never lets a state-changing call through.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class SessionAuthFilter implements ContainerRequestFilter {

    private final BrowserSessions sessions;
    private final Caller caller;

    public SessionAuthFilter(BrowserSessions sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ApiPaths.isApi(request) || !caller.anonymous()) {
            return;
        }
        Cookie cookie = request.getCookies().get(TokenClaims.SESSION_COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
            return;
        }
        BrowserSessions.Live session = sessions.resolve(cookie.getValue()).orElse(null);
        if (session == null) {
            return;
        }
        if (!CsrfRule.satisfied(request.getMethod(), session.csrf(),
                request.getHeaderString(TokenClaims.CSRF_HEADER))) {
            throw new HarborException(HarborError.FORBIDDEN, "CSRF token invalid");
        }
        caller.authenticated(session.principal());
        request.setProperty(CsrfHeaderFilter.PROPERTY, session.csrf());
    }

}
