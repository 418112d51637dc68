package io.berth.ui.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.PathIds;
import io.berth.ui.api.Slice;
import io.berth.ui.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Harbor's {@code /api/v2.0/system/gc}: start a collection, its history, one run and its log. System admins only. */
@Path("/api/v2.0/system/gc")
@Produces(MediaType.APPLICATION_JSON)
public class GcResource {

    public record Schedule(String type) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Parameters(Boolean deleteUntagged, Boolean dryRun) {
    }

    public record ScheduleRequest(Schedule schedule, Parameters parameters) {
    }

    private final GcService gc;
    private final GcRunRepository runs;
    private final Caller caller;

    public GcResource(GcService gc, GcRunRepository runs, Caller caller) {
        this.gc = gc;
        this.runs = runs;
        this.caller = caller;
    }

    @POST
    @Path("/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(ScheduleRequest request) {
        SystemAdmin.require(caller);
        if (request == null || request.schedule() == null || request.schedule().type() == null) {
            throw HarborException.badRequest("schedule.type is required");
        }
        if (!"Manual".equalsIgnoreCase(request.schedule().type())) {
            throw HarborException.badRequest("only a Manual schedule is supported");
        }
        Parameters p = request.parameters() == null ? new Parameters(null, null) : request.parameters();
        GcRunEntity run = gc.start(Boolean.TRUE.equals(p.dryRun()), Boolean.TRUE.equals(p.deleteUntagged()));
        return Response.created(URI.create("/api/v2.0/system/gc/" + run.id)).build();
    }

    /**
     * Harbor's schedule of periodic collections. Berth runs collections on request only, so the
     * answer is always "None" (Harbor's UI shows that as no schedule).
     */
    @GET
    @Path("/schedule")
    public GcView.ScheduleView schedule() {
        SystemAdmin.require(caller);
        return GcView.ScheduleView.NONE;
    }

    @GET
    @Transactional
    public Response history(@Context UriInfo uri, @BeanParam PageQuery paging) {
        SystemAdmin.require(caller);
        PageRequest request = paging.request();
        Slice<GcRunEntity> found = Slice.of(runs.findAll(Sort.descending("id")), request);
        return request.respond(uri, found.total(), found.items().stream().map(GcView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Transactional
    public GcView one(@PathParam("id") String id) {
        SystemAdmin.require(caller);
        return GcView.of(find(id));
    }

    @GET
    @Path("/{id}/log")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public String log(@PathParam("id") String id) {
        SystemAdmin.require(caller);
        GcRunEntity run = find(id);
        return run.report == null ? "" : run.report;
    }

    private GcRunEntity find(String id) {
        return PathIds.parse(id).map(runs::findById)
                .orElseThrow(() -> HarborException.notFound("garbage collection " + id + " not found"));
    }
}
