package io.berth.ui.console.web;

import io.berth.common.token.CsrfRule;
import io.berth.common.token.TokenClaims;
import io.berth.ui.security.BrowserSessions;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Every console request: its language, its session (the {@code sid} cookie auth-service set,
 * standing for whoever auth-service says the session is now, see {@link BrowserSessions}) and, for anything but GET/HEAD, the CSRF
 * token: the {@code X-Harbor-CSRF-Token} header (htmx) or the {@code _csrf} form field must
 * equal the session's token, or the pre-session cookie's token before signing in.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 20)
public class ConsoleRequestFilter implements ContainerRequestFilter {

    public static final String CSRF_FIELD = "_csrf";
    /** Console forms are small; a larger body is refused rather than buffered. */
    private static final int MAX_FORM_BYTES = 256 * 1024;

    private final SecureRandom random = new SecureRandom();
    private final BrowserSessions sessions;
    private final ConsoleSession session;

    public ConsoleRequestFilter(BrowserSessions sessions, ConsoleSession session) {
        this.sessions = sessions;
        this.session = session;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ConsolePaths.isConsole(request.getUriInfo().getPath())) {
            return;
        }
        describe(request, session);
        String sid = value(request, TokenClaims.SESSION_COOKIE);
        BrowserSessions.Live s = sessions.resolve(sid).orElse(null);
        if (s != null) {
            session.signedIn(s.principal(), sid, s.csrf());
        } else {
            String pre = value(request, ConsoleSession.PRE_SESSION_COOKIE);
            boolean fresh = pre == null || !pre.matches("[A-Za-z0-9_-]{32,64}");
            session.preSession(fresh ? token() : pre, fresh);
        }
        if (!CsrfRule.safe(request.getMethod()) && !csrfPresented(request)) {
            throw new ConsoleFailure(403, "error_csrf");
        }
    }

    /** Language, path and htmx flag of a request; all an unmatched path's 404 page needs. */
    static void describe(ContainerRequestContext request, ConsoleSession session) {
        java.net.URI uri = request.getUriInfo().getRequestUri();
        session.requested(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                request.getUriInfo().getQueryParameters().getFirst("done"),
                "true".equals(request.getHeaderString("HX-Request")));
        session.language(Languages.resolve(value(request, Languages.COOKIE),
                request.getHeaderString("Accept-Language")));
    }

    private boolean csrfPresented(ContainerRequestContext request) {
        if (session.newPreSessionToken()) {
            return false; // a token the browser has never seen cannot be echoed
        }
        String header = request.getHeaderString(TokenClaims.CSRF_HEADER);
        if (header != null) {
            return CsrfRule.matches(session.csrf(), header);
        }
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return false;
        }
        byte[] body = readForm(request.getEntityStream());
        request.setEntityStream(new ByteArrayInputStream(body));
        return CsrfRule.matches(session.csrf(), formField(new String(body, StandardCharsets.US_ASCII), CSRF_FIELD));
    }

    private static byte[] readForm(InputStream in) {
        try {
            byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                throw new ConsoleFailure(413, "error_too_large");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }


    private static String value(ContainerRequestContext request, String cookie) {
        Cookie c = request.getCookies().get(cookie);
        return c == null ? null : c.getValue();
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
