package io.berth.auth.caller;

import io.berth.auth.authn.BasicAuthMechanism;
import io.berth.auth.authn.ClientAddresses;
import io.berth.auth.session.SessionAuthMechanism;
import io.berth.common.harbor.HarborException;
import io.berth.common.http.BasicCredentials;
import io.berth.common.internal.Principal;
import io.berth.common.token.TokenClaims;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Who calls the REST API: Basic credentials when sent (wrong ones are a 401, never anonymous),
 * else the session cookie, else anonymous ({@link Principal#ANONYMOUS}).
 */
@ApplicationScoped
public class CallerResolver {

    private final BasicAuthMechanism basic;
    private final SessionAuthMechanism session;
    private final ClientAddresses addresses;

    public CallerResolver(BasicAuthMechanism basic, SessionAuthMechanism session, ClientAddresses addresses) {
        this.basic = basic;
        this.session = session;
        this.addresses = addresses;
    }

    public Principal resolve(HttpHeaders headers, HttpServerRequest request) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isPresent()) {
            return basic.authenticate(credentials.get(), addresses.of(request))
                    .orElseThrow(() -> HarborException.unauthorized("invalid user name or password"));
        }
        Cookie sid = headers.getCookies().get(TokenClaims.SESSION_COOKIE);
        if (sid != null && !sid.getValue().isEmpty()) {
            Optional<Principal> p = session.authenticate(sid.getValue(), request.method().name(),
                    headers.getHeaderString(TokenClaims.CSRF_HEADER));
            return p.orElseThrow(() -> HarborException.unauthorized("session expired or invalid"));
        }
        return Principal.ANONYMOUS;
    }

    /**
     * The id (jti) of the session the caller is authenticated by, null when it sends Basic
     * credentials or no live session.
     */
    public String sessionId(HttpHeaders headers) {
        if (BasicCredentials.parse(headers.getHeaderString(HttpHeaders.AUTHORIZATION)).isPresent()) {
            return null;
        }
        Cookie sid = headers.getCookies().get(TokenClaims.SESSION_COOKIE);
        return sid == null ? null : session.sessionId(sid.getValue()).orElse(null);
    }

    /** The caller, who must not be anonymous. */
    public Principal require(HttpHeaders headers, HttpServerRequest request) {
        Principal p = resolve(headers, request);
        if (p.anonymous()) {
            throw HarborException.unauthorized("authentication required");
        }
        return p;
    }
}
