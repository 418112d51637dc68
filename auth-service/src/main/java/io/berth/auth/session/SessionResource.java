package io.berth.auth.session;

import io.berth.auth.config.AuthConfig;
import io.berth.auth.session.SessionTokens.SessionToken;
import io.berth.common.harbor.HarborException;
import io.berth.common.token.TokenClaims;
import io.berth.auth.authn.ClientAddresses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;

/**
 * Harbor's browser login: {@code POST /c/login} (form principal, password) sets the HttpOnly
 * {@code sid} cookie (SameSite=Lax) and answers the CSRF token in {@code X-Harbor-CSRF-Token};
 * {@code GET /c/log_out} revokes the session and clears the cookie.
 */
@Path("/c")
public class SessionResource {

    private final SessionService sessions;
    private final ClientAddresses addresses;
    private final boolean secure;

    public SessionResource(SessionService sessions, ClientAddresses addresses, AuthConfig config) {
        this.sessions = sessions;
        this.addresses = addresses;
        this.secure = config.externalUrl().toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** Limited like every other password check: 429 with Retry-After for a source that guessed too often. */
    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("principal") String principal, @FormParam("password") String password,
            @Context HttpServerRequest request) {
        Optional<SessionToken> session = sessions.login(principal == null ? "" : principal,
                password == null ? "" : password, addresses.of(request));
        if (session.isEmpty()) {
            throw HarborException.unauthorized("invalid user name or password");
        }
        return Response.ok()
                .header(HttpHeaders.SET_COOKIE, cookie(session.get().jwt(), false))
                .header(TokenClaims.CSRF_HEADER, session.get().csrf())
                .build();
    }

    /** Another spelling of Harbor's {@code /c/log_out}, kept for clients that use it. */
    @GET
    @Path("/logout")
    public Response logoutAlias(@CookieParam(TokenClaims.SESSION_COOKIE) String sid) {
        return logout(sid);
    }

    @GET
    @Path("/log_out")
    public Response logout(@CookieParam(TokenClaims.SESSION_COOKIE) String sid) {
        if (sid != null) {
            sessions.logout(sid);
        }
        return Response.ok().header(HttpHeaders.SET_COOKIE, cookie("", true)).build();
    }

    /**
     * Lax, not Strict: a link to Berth from a mail or a chat must open the console signed in;
     * Lax still keeps the cookie off cross-site POSTs, and every state change needs the CSRF
     * token as well. Secure when the gateway's external scheme is https.
     */
    private String cookie(String value, boolean expire) {
        StringBuilder c = new StringBuilder(TokenClaims.SESSION_COOKIE).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Lax");
        if (secure) {
            c.append("; Secure");
        }
        if (expire) {
            c.append("; Max-Age=0");
        }
        return c.toString();
    }
}
