package io.berth.auth.token;

import io.berth.auth.api.ApiException;
import io.berth.auth.api.ErrorCode;
import io.berth.auth.authn.BasicAuthMechanism;
import io.berth.auth.authn.ThrottledCheck;
import io.berth.auth.config.AuthConfig;
import io.berth.common.internal.Credentials;
import io.berth.common.internal.Principal;
import io.berth.common.token.Scope;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Docker token service (distribution's docs/spec/auth/token.md; docs/protocols.md §2).
 * {@code account}, {@code client_id} and {@code offline_token} are accepted and ignored, as in Harbor.
 */
@Path("/service/token")
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class);

    private final TokenService tokens;
    private final BasicAuthMechanism basic;
    private final ThrottledCheck throttled;
    private final String service;

    public TokenResource(TokenService tokens, BasicAuthMechanism basic, ThrottledCheck throttled, AuthConfig config) {
        this.tokens = tokens;
        this.basic = basic;
        this.throttled = throttled;
        this.service = config.token().service();
    }

    /**
     * Password guessing through {@code docker login} is slowed like the browser login. Wrong
     * credentials fall back to anonymous, as in Harbor.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<TokenResponse> token(@QueryParam("service") String requested,
            @QueryParam("scope") List<String> scopeParams,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<Credentials> credentials = BasicAuthMechanism.parse(authorization);
        Uni<Principal> principal = credentials.isEmpty()
                ? Uni.createFrom().item(Principal.ANONYMOUS).emitOn(Infrastructure.getDefaultWorkerPool())
                : throttled.attempt(credentials.get().username(), () -> basic.authenticate(authorization))
                        .map(p -> p.orElse(Principal.ANONYMOUS));
        // answered on a worker thread: issuing asks ui-service for access decisions (blocking)
        return principal.map(p -> answer(requested, scopeParams, p));
    }

    private TokenResponse answer(String requested, List<String> scopeParams, Principal principal) {
        if (!service.equals(requested)) {
            throw ApiException.badRequest("invalid service: " + (requested == null ? "" : requested));
        }
        List<Scope> scopes = new ArrayList<>();
        if (scopeParams != null) {
            scopeParams.forEach(p -> scopes.addAll(Scope.parseAll(p)));
        }
        if (principal.anonymous() && scopes.isEmpty()) {
            // docker login: no scope asked, so the credentials themselves are the question
            throw new ApiException(ErrorCode.UNAUTHORIZED, "authentication required",
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"harbor\""));
        }
        RegistryTokenIssuer.IssuedToken issued;
        try {
            issued = tokens.issue(principal, scopes);
        } catch (AccessClient.AccessUnavailableException e) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "access decisions are unavailable, retry later");
        }
        LOG.debugf("token issued: subject=%s, scopes=%d", principal.username(), scopes.size());
        String issuedAt = DateTimeFormatter.ISO_INSTANT.format(issued.issuedAt().truncatedTo(ChronoUnit.SECONDS));
        return new TokenResponse(issued.jwt(), issued.jwt(), issued.expiresIn(), issuedAt);
    }
}
