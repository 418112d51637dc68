package io.berth.ui.audit;

import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.ListQuery;
import io.berth.ui.project.ProjectRef;
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
    public Response list(@Context UriInfo uri, @BeanParam ProjectRef project, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @BeanParam PageQuery paging) {
        PageRequest request = paging.request();
        AuditService.Listing listing = service.ofProject(caller.principal(), project, AuditFilter.parse(q),
                ListQuery.parseSort(sort, AuditLogResource.SORT_FIELDS, AuditLogResource.DEFAULT_SORT), request);
        return request.respond(uri, listing.total(), listing.items());
    }
}
