package io.berth.ui.security;

import io.berth.common.harbor.HarborException;
import io.berth.common.http.BasicCredentials;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Basic credentials on {@code /api/}: auth-service decides, counting guesses against the caller's
 * address. Wrong credentials are a 401 (Harbor's API does not fall back to anonymous), a caller
 * that guessed too often gets auth-service's 429; Basic callers skip CSRF.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter {

    private final AuthClient auth;
    private final Caller caller;
    private final ClientAddresses addresses;

    public BasicAuthFilter(AuthClient auth, Caller caller, ClientAddresses addresses) {
        this.auth = auth;
        this.caller = caller;
        this.addresses = addresses;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ApiPaths.isApi(request)) {
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            return;
        }
        if (!credentials.get().complete()) {
            throw HarborException.unauthorized();
        }
        caller.authenticated(auth.authenticate(credentials.get().username(), credentials.get().password(),
                addresses.current()).orElseThrow(HarborException::unauthorized));
    }
}
