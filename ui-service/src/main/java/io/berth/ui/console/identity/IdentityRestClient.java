package io.berth.ui.console.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.common.http.ClientAddress;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
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
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * auth-service's public endpoints as the console uses them, acting as the signed-in visitor
 * (their {@code sid} cookie and CSRF token, which {@link VisitorHeaders} adds to every call):
 * browser login and logout, Harbor's users API and LDAP helpers. auth-service decides who may do
 * what; only {@link Identity} talks to it.
 */
@RegisterRestClient(configKey = "auth")
@RegisterClientHeaders(VisitorHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
interface IdentityRestClient {

    @POST
    @Path("/c/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response login(@HeaderParam(ClientAddress.REAL_IP) String clientAddress, @FormParam("principal") String principal,
            @FormParam("password") String password);

    @GET
    @Path("/c/log_out")
    Response logout();

    @GET
    @Path("/api/v2.0/users")
    Response users(@QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("page_size") int pageSize);

    @GET
    @Path("/api/v2.0/users/current")
    JsonNode current();

    @POST
    @Path("/api/v2.0/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(JsonNode user);

    @PUT
    @Path("/api/v2.0/users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateProfile(@PathParam("id") long id, JsonNode profile);

    @PUT
    @Path("/api/v2.0/users/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    Response password(@PathParam("id") long id, JsonNode passwords);

    @PUT
    @Path("/api/v2.0/users/{id}/sysadmin")
    @Consumes(MediaType.APPLICATION_JSON)
    Response sysadmin(@PathParam("id") long id, JsonNode flag);

    @DELETE
    @Path("/api/v2.0/users/{id}")
    Response delete(@PathParam("id") long id);

    @POST
    @Path("/api/v2.0/ldap/ping")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode ldapPing(JsonNode settings);
}
