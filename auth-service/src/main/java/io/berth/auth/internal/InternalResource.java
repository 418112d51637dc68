package io.berth.auth.internal;

import io.berth.auth.authn.ClientAddresses;
import io.berth.auth.authn.CredentialChecker;
import io.berth.auth.ldap.LdapUnavailableException;
import io.berth.auth.session.SessionService;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Credentials;
import io.berth.common.internal.InternalApi;
import io.berth.common.internal.Principal;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * What ui-service asks auth-service (secret checked by common's
 * {@link io.berth.common.internal.InternalSecretFilter}): Basic credentials, user look-ups and LDAP
 * onboarding for member management, and who a live session is now.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class InternalResource {

    private final CredentialChecker credentials;
    private final ClientAddresses addresses;
    private final PrincipalLookup lookup;
    private final SessionService sessions;

    public InternalResource(CredentialChecker credentials, ClientAddresses addresses, PrincipalLookup lookup,
            SessionService sessions) {
        this.credentials = credentials;
        this.addresses = addresses;
        this.lookup = lookup;
        this.sessions = sessions;
    }

    /**
     * The REST API's Basic credentials, limited like every login and counted under the address
     * ui-service saw the caller come from (the secret vouches for it): 429 with Retry-After for a
     * source that guessed too often, which ui-service passes on.
     */
    @POST
    @Path(InternalApi.AUTHENTICATE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Principal authenticate(Credentials body, @Context HttpServerRequest request) {
        if (body == null) {
            throw HarborException.badRequest("credentials are required");
        }
        String from = body.clientAddress() == null || body.clientAddress().isBlank()
                ? addresses.of(request) : body.clientAddress();
        return credentials.check(body.username(), body.password(), from)
                .orElseThrow(() -> HarborException.unauthorized("invalid user name or password"));
    }

    @GET
    @Path(InternalApi.USERS)
    public Principal byName(@QueryParam(InternalApi.USERNAME_PARAM) String username) {
        if (username == null || username.isEmpty()) {
            throw HarborException.badRequest("username is required");
        }
        return lookup.byName(username).orElseThrow(() -> HarborException.notFound("user " + username + " not found"));
    }

    /** ldap_auth mode: a directory user by name, onboarded on first sight (adding a member who never signed in). */
    @POST
    @Path(InternalApi.USER_ONBOARD)
    public Principal onboard(@QueryParam(InternalApi.USERNAME_PARAM) String username) {
        if (username == null || username.isEmpty()) {
            throw HarborException.badRequest("username is required");
        }
        try {
            return lookup.onboard(username)
                    .orElseThrow(() -> HarborException.notFound("no directory user " + username));
        } catch (LdapUnavailableException e) {
            throw new HarborException(HarborError.SERVICE_UNAVAILABLE, "directory unavailable");
        }
    }

    @GET
    @Path(InternalApi.USER)
    public Principal byId(@PathParam("id") String id) {
        long userId;
        try {
            userId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw HarborException.badRequest("invalid user id: " + id);
        }
        return lookup.byId(userId).orElseThrow(() -> HarborException.notFound("user " + id + " not found"));
    }

    /**
     * Who a session is now: the account's current name and admin flag (not what the token said
     * when it was issued), or 404 once the session is revoked or expired or the account deleted.
     * ui-service asks on every request it serves by a session, so a change of rights holds at once.
     */
    @GET
    @Path(InternalApi.SESSION)
    public Principal session(@PathParam("jti") String jti) {
        return sessions.liveUser(jti).flatMap(lookup::byId)
                .orElseThrow(() -> HarborException.notFound("session not found or revoked"));
    }
}
