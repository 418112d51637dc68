package io.berth.ui.console.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Security headers on every console response: a Content-Security-Policy that allows only
 * Berth's own scripts and styles (no inline script), no framing, no MIME sniffing, no caching
 * of pages that show private data; and the pre-session CSRF cookie when one was just issued.
 */
@Provider
public class ConsoleResponseFilter implements ContainerResponseFilter {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final ConsoleSession session;
    private final SecureCookies cookies;

    public ConsoleResponseFilter(ConsoleSession session, SecureCookies cookies) {
        this.session = session;
        this.cookies = cookies;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ConsolePaths.isConsole(request.getUriInfo().getPath())) {
            return;
        }
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("Content-Security-Policy", CSP);
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("Referrer-Policy", "same-origin");
        h.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        if (session.newPreSessionToken()) {
            h.add(HttpHeaders.SET_COOKIE, cookies.strict(ConsoleSession.PRE_SESSION_COOKIE, session.csrf(), -1));
        }
    }
}
