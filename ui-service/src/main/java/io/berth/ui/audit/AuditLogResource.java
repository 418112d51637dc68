package io.berth.ui.audit;

import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.ListQuery;
import io.berth.ui.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** {@code /api/v2.0/audit-logs}. */
@Path("/api/v2.0/audit-logs")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    static final Map<String, String> SORT_FIELDS = Map.of(
            "op_time", "opTime", "id", "id", "username", "username", "operation", "operation");
    static final Sort DEFAULT_SORT = Sort.by("opTime", Sort.Direction.Descending).and("id", Sort.Direction.Descending);

    private final AuditService service;
    private final Caller caller;

    public AuditLogResource(AuditService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Response list(@Context UriInfo uri, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @BeanParam PageQuery paging) {
        PageRequest request = paging.request();
        AuditService.Listing listing = service.all(caller.principal(), AuditFilter.parse(q),
                ListQuery.parseSort(sort, SORT_FIELDS, DEFAULT_SORT), request);
        return request.respond(uri, listing.total(), listing.items());
    }
}
