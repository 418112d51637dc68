package io.berth.auth.token;

import io.berth.auth.api.ApiException;
import io.berth.auth.api.ErrorCode;
import io.berth.auth.authn.BasicAuthMechanism;
import io.berth.auth.config.AuthConfig;
import io.berth.auth.session.LoginThrottle;
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
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Docker token service (FACTS §2). {@code account}, {@code client_id} and
 * {@code offline_token} are accepted and ignored, as in Harbor.
 */
@Path("/service/token")
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class);

    private final TokenService tokens;
    private final BasicAuthMechanism basic;
    private final LoginThrottle throttle;
    private final String service;

    public TokenResource(TokenService tokens, BasicAuthMechanism basic, LoginThrottle throttle, AuthConfig config) {
        this.tokens = tokens;
        this.basic = basic;
        this.throttle = throttle;
        this.service = config.token().service();
    }

    /**
     * Password guessing through {@code docker login} is slowed like the browser login: a Basic
     * user name with recent failures waits on a timer (no thread held) before it is checked.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<TokenResponse> token(@QueryParam("service") String requested,
            @QueryParam("scope") List<String> scopeParams,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Duration wait = BasicAuthMechanism.parse(authorization)
                .map(c -> throttle.delayFor(c.username())).orElse(Duration.ZERO);
        Uni<Void> start = Uni.createFrom().voidItem();
        if (!wait.isZero()) {
            start = start.onItem().delayIt().by(wait);
        }
        return start.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(v -> answer(requested, scopeParams, authorization));
    }

    private TokenResponse answer(String requested, List<String> scopeParams, String authorization) {
        if (!service.equals(requested)) {
            throw ApiException.badRequest("invalid service: " + (requested == null ? "" : requested));
        }
        List<Scope> scopes = new ArrayList<>();
        if (scopeParams != null) {
            scopeParams.forEach(p -> scopes.addAll(Scope.parseAll(p)));
        }
        Principal principal = authenticate(authorization);
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

    /** Basic credentials when right; anonymous when absent or wrong (Harbor falls back). */
    private Principal authenticate(String authorization) {
        Optional<Credentials> credentials = BasicAuthMechanism.parse(authorization);
        if (credentials.isEmpty()) {
            return Principal.ANONYMOUS;
        }
        Optional<Principal> principal = basic.authenticate(authorization);
        if (principal.isPresent()) {
            throttle.succeeded(credentials.get().username());
            return principal.get();
        }
        throttle.failed(credentials.get().username());
        return Principal.ANONYMOUS;
    }
}
