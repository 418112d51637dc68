package io.berth.auth.account;

import io.berth.auth.authn.ClientAddresses;
import io.berth.auth.caller.CallerResolver;
import io.berth.auth.user.UserAccount;
import io.berth.auth.user.UserRepository.PageOf;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Harbor v2.0 {@code /api/v2.0/users}; callers authenticate with Basic or the session cookie. */
@Path("/api/v2.0/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final AccountService accounts;
    private final CallerResolver callers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServerRequest request;

    private final ClientAddresses addresses;

    public UserResource(AccountService accounts, CallerResolver callers, ClientAddresses addresses) {
        this.accounts = accounts;
        this.callers = callers;
        this.addresses = addresses;
    }

    @POST
    public Response create(UserCreationRequest req) {
        UserAccount u = accounts.create(caller(), req);
        // relative, as Harbor answers: the gateway's host is not ours to know
        return Response.status(Response.Status.CREATED).header("Location", "/api/v2.0/users/" + u.id).build();
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("sort") String sort, @BeanParam PageQuery paging) {
        Principal caller = caller();
        PageRequest request = paging.request();
        PageOf<UserAccount> found = accounts.list(caller, UserQuery.filter(q), UserQuery.sort(sort),
                request.page(), request.pageSize());
        return request.respond(uri, found.total(), found.items().stream().map(UserView::of).toList());
    }

    @GET
    @Path("/search")
    public Response search(@QueryParam("username") String username, @BeanParam PageQuery paging) {
        Principal caller = caller();
        PageRequest request = paging.request();
        PageOf<UserAccount> found = accounts.search(caller, username, request.page(), request.pageSize());
        return request.respond(uri, found.total(),
                found.items().stream().map(u -> new UserSearchView(u.id, u.username)).toList());
    }

    @GET
    @Path("/current")
    public UserView current() {
        Principal caller = callers.require(headers, request);
        return UserView.of(accounts.get(caller, caller.userId()));
    }

    @GET
    @Path("/{user_id}")
    public UserView get(@PathParam("user_id") String id) {
        return UserView.of(accounts.get(caller(), userId(id)));
    }

    @PUT
    @Path("/{user_id}")
    public Response updateProfile(@PathParam("user_id") String id, UserProfileRequest profile) {
        accounts.updateProfile(caller(), userId(id), profile);
        return Response.ok().build();
    }

    @PUT
    @Path("/{user_id}/password")
    public Response changePassword(@PathParam("user_id") String id, PasswordRequest req) {
        accounts.changePassword(caller(), userId(id), req, addresses.of(request), callers.sessionId(headers));
        return Response.ok().build();
    }

    @PUT
    @Path("/{user_id}/sysadmin")
    public Response setSysadmin(@PathParam("user_id") String id, SysAdminFlagRequest flag) {
        accounts.setSysadmin(caller(), userId(id), flag == null ? null : flag.sysadminFlag());
        return Response.ok().build();
    }

    @DELETE
    @Path("/{user_id}")
    public Response delete(@PathParam("user_id") String id) {
        accounts.delete(caller(), userId(id));
        return Response.ok().build();
    }

    private Principal caller() {
        return callers.resolve(headers, request);
    }

    private static long userId(String id) {
        try {
            long v = Long.parseLong(id);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw HarborException.badRequest("invalid user id: " + id);
    }
}
