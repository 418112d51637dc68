package io.berth.auth.token;

import io.berth.common.harbor.HarborError;
import io.berth.auth.api.Outages;
import io.berth.auth.authn.BasicAuthMechanism;
import io.berth.auth.authn.ClientAddresses;
import io.berth.auth.authn.LoginLockedException;
import io.berth.auth.config.AuthConfig;
import io.berth.common.harbor.HarborException;
import io.berth.common.http.BasicCredentials;
import io.berth.common.internal.Principal;
import io.berth.common.token.Scope;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * Wrong credentials fall back to anonymous, as in Harbor; a source that guessed too often gets 429
 * and an outage 503, each with {@code Retry-After} and a body Docker's client shows.
 */
@Path("/service/token")
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class);

    private final TokenService tokens;
    private final BasicAuthMechanism basic;
    private final ClientAddresses addresses;
    private final Outages outages;
    private final String service;

    public TokenResource(TokenService tokens, BasicAuthMechanism basic, ClientAddresses addresses, Outages outages,
            AuthConfig config) {
        this.tokens = tokens;
        this.basic = basic;
        this.addresses = addresses;
        this.outages = outages;
        this.service = config.token().service();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@QueryParam("service") String requested, @QueryParam("scope") List<String> scopeParams,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpServerRequest request) {
        if (!service.equals(requested)) {
            throw HarborException.badRequest("invalid service: " + (requested == null ? "" : requested));
        }
        List<Scope> scopes = new ArrayList<>();
        if (scopeParams != null) {
            scopeParams.forEach(p -> scopes.addAll(Scope.parseAll(p)));
        }
        try {
            Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
            Principal principal = credentials.isEmpty() ? Principal.ANONYMOUS
                    : basic.authenticate(credentials.get(), addresses.of(request)).orElse(Principal.ANONYMOUS);
            return Response.ok(answer(scopes, principal)).build();
        } catch (LoginLockedException e) {
            return TokenErrors.locked(e);
        } catch (AccessClient.AccessUnavailableException e) {
            return TokenErrors.unavailable("access decisions are unavailable, retry later");
        } catch (RuntimeException e) {
            if (outages.isOutage(e)) {
                LOG.warnf("token request failed, a dependency is down: error=%s", e.toString());
                return TokenErrors.unavailable(outages.message());
            }
            throw e;
        }
    }

    private TokenView answer(List<Scope> scopes, Principal principal) {
        if (principal.anonymous() && scopes.isEmpty()) {
            // docker login: no scope asked, so the credentials themselves are the question
            throw new HarborException(HarborError.UNAUTHORIZED, "authentication required",
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"harbor\""));
        }
        RegistryTokenIssuer.IssuedToken issued = tokens.issue(principal, scopes);
        LOG.debugf("token issued: subject=%s, scopes=%d", principal.username(), scopes.size());
        String issuedAt = DateTimeFormatter.ISO_INSTANT.format(issued.issuedAt().truncatedTo(ChronoUnit.SECONDS));
        return new TokenView(issued.jwt(), issued.jwt(), issued.expiresIn(), issuedAt);
    }
}
