package io.berth.ui.artifact;

import io.berth.common.harbor.PageQuery;
import io.berth.ui.security.Caller;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/v2.0/repositories}: every repository the caller may read. */
@Path("/api/v2.0/repositories")
@Produces(MediaType.APPLICATION_JSON)
public class AllRepositoriesResource {

    private final RepositoryService service;
    private final Caller caller;

    public AllRepositoriesResource(RepositoryService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Response all(@Context UriInfo uri, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @BeanParam PageQuery paging) {
        return RepositoryResource.list(service, caller, uri, null, q, sort, paging);
    }
}
