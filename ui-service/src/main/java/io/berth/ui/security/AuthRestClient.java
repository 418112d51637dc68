package io.berth.ui.security;

import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.Credentials;
import io.berth.common.internal.InternalApi;
import io.berth.common.internal.Principal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** auth-service's internal API as ui-service uses it; only {@link AuthClient} talks to it. */
@RegisterRestClient(configKey = "auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AuthRestClient {

    @POST
    @Path(InternalApi.AUTHENTICATE)
    Principal authenticate(@HeaderParam(InternalApi.SECRET_HEADER) String secret, Credentials credentials);

    @GET
    @Path(InternalApi.SESSION)
    Principal session(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @PathParam("jti") String jti);

    @GET
    @Path(InternalApi.USERS)
    Principal userByName(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @QueryParam("username") String username);

    @POST
    @Path(InternalApi.USER_ONBOARD)
    Principal onboard(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @QueryParam("username") String username);

    @GET
    @Path(InternalApi.USER)
    Principal userById(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @PathParam("id") long id);

    @PUT
    @Path(InternalApi.SETTINGS)
    Response pushSettings(@HeaderParam(InternalApi.SECRET_HEADER) String secret, AccountSettings settings);
}
