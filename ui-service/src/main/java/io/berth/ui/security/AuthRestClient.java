package io.berth.ui.security;

import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.Credentials;
import io.berth.common.internal.InternalApi;
import io.berth.common.internal.InternalSecretHeader;
import io.berth.common.internal.Principal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * auth-service's internal API as ui-service uses it; only {@link AuthClient} talks to it. Every
 * call presents the internal secret ({@link InternalSecretHeader}, a CDI bean here).
 */
@RegisterRestClient(configKey = "auth")
@RegisterProvider(InternalSecretHeader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AuthRestClient {

    @POST
    @Path(InternalApi.AUTHENTICATE)
    Principal authenticate(Credentials credentials);

    @GET
    @Path(InternalApi.SESSION)
    Principal session(@PathParam("jti") String jti);

    @GET
    @Path(InternalApi.USERS)
    Principal userByName(@QueryParam(InternalApi.USERNAME_PARAM) String username);

    @POST
    @Path(InternalApi.USER_ONBOARD)
    Principal onboard(@QueryParam(InternalApi.USERNAME_PARAM) String username);

    @GET
    @Path(InternalApi.USER)
    Principal userById(@PathParam("id") long id);

    @PUT
    @Path(InternalApi.SETTINGS)
    Response pushSettings(AccountSettings settings);
}
