package io.berth.ui.security;

import io.berth.common.token.TokenClaims;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Hands a session caller its CSRF token back in {@code X-Harbor-CSRF-Token}, as Harbor's UI expects. */
@Provider
public class CsrfHeaderFilter implements ContainerResponseFilter {

    static final String PROPERTY = "io.berth.ui.session-csrf";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object csrf = request.getProperty(PROPERTY);
        if (csrf != null) {
            response.getHeaders().putSingle(TokenClaims.CSRF_HEADER, csrf.toString());
        }
    }
}
