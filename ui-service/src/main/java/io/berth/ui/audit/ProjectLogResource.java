package io.berth.ui.audit;

import io.berth.ui.api.ListQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.project.ProjectResource;
import io.berth.ui.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/v2.0/projects/{p}/logs}: project admins (and system admins) only. */
@Path("/api/v2.0/projects/{ref}/logs")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectLogResource {

    private final AuditService service;
    private final Caller caller;

    public ProjectLogResource(AuditService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Response list(@Context UriInfo uri, @PathParam("ref") String ref,
            @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        PageRequest request = PageRequest.of(page, pageSize);
        AuditService.Listing listing = service.ofProject(caller.principal(), ref, isName, AuditFilter.parse(q),
                ListQuery.parseSort(sort, AuditLogResource.SORT_FIELDS, AuditLogResource.DEFAULT_SORT), request);
        return request.respond(uri, listing.total(), listing.items());
    }
}
