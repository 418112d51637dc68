package io.berth.ui.security;

import io.berth.ui.api.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Basic credentials on {@code /api/}: auth-service decides. Wrong credentials are a 401 (Harbor's
 * API does not fall back to anonymous); Basic callers skip CSRF.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter {

    private final AuthClient auth;
    private final Caller caller;

    public BasicAuthFilter(AuthClient auth, Caller caller) {
        this.auth = auth;
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ApiPaths.isApi(request)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw ApiException.unauthorized();
        }
        caller.authenticated(auth.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                .orElseThrow(ApiException::unauthorized));
    }
}
