package io.berth.ui.console.identity;

import io.berth.common.token.TokenClaims;
import io.berth.ui.console.web.ConsoleSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Makes every {@link IdentityRestClient} call act as the signed-in visitor: their {@code sid}
 * cookie and the CSRF token of that session. A visitor without a session sends neither, so
 * auth-service sees an anonymous caller (sign-in, self-registration).
 */
@ApplicationScoped
public class VisitorHeaders implements ClientHeadersFactory {

    private final ConsoleSession session;

    public VisitorHeaders(ConsoleSession session) {
        this.session = session;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String sid = session.sid();
        if (sid != null) {
            headers.putSingle(HttpHeaders.COOKIE, TokenClaims.SESSION_COOKIE + "=" + sid);
            headers.putSingle(TokenClaims.CSRF_HEADER, session.csrf());
        }
        return headers;
    }
}
