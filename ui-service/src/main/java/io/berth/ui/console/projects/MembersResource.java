package io.berth.ui.console.projects;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.console.identity.Identity;
import io.berth.ui.console.identity.IdentityRefusal;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.ExternalHost;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.berth.ui.member.MemberRequest;
import io.berth.ui.member.MemberService;
import io.berth.ui.member.MemberView;
import io.berth.ui.project.ProjectAccess;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectService;
import io.berth.ui.role.ProjectAction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * A project's members: add a user by name with a role (in LDAP mode a directory user not yet
 * known is onboarded by {@link MemberService}), change a role, remove. Project admins and system
 * admins only.
 */
@Path("/projects/{project}/members")
@Produces(MediaType.TEXT_HTML)
public class MembersResource {

    /** A member row with its role's message key; {@code self}: the visitor's own membership. */
    public record Row(MemberView member, String roleKey, boolean self) {
    }

    @CheckedTemplate(basePath = "console/projects")
    static class Templates {
        static native TemplateInstance members(Chrome page, ProjectHeader project, String q, List<Row> rows,
                Pager pager, List<Roles.Choice> roles, String username, int roleId, String error);
    }

    private final Views views;
    private final Guard guard;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final MemberService members;
    private final ExternalHost host;

    public MembersResource(Views views, Guard guard, ProjectService projects,
            ProjectAccess access, MemberService members, ExternalHost host) {
        this.views = views;
        this.guard = guard;
        this.projects = projects;
        this.access = access;
        this.members = members;
        this.host = host;
    }

    @GET
    public TemplateInstance list(@PathParam("project") String project, @QueryParam("q") String q,
            @QueryParam("page") String page) {
        return page(project, q, page, "", 2, null);
    }

    @POST
    public Response add(@PathParam("project") String project, @FormParam("username") String username,
            @FormParam("role_id") int roleId) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.MANAGE_MEMBERS);
        String name = username == null ? "" : username.trim();
        if (name.isEmpty()) {
            return Response.status(400).entity(page(project, null, null, name, roleId, "error_username_required"))
                    .build();
        }
        MemberRequest request = new MemberRequest(roleId, new MemberRequest.MemberUser(null, name));
        try {
            members.add(caller, ProjectRef.named(p.name), request);
        } catch (HarborException e) {
            String key = switch (e.error()) {
                case NOT_FOUND -> "error_user_unknown";
                case CONFLICT -> "error_member_exists";
                case BAD_REQUEST -> "error_role_invalid";
                default -> throw e;
            };
            return Response.status(e.error().status()).entity(page(project, null, null, name, roleId, key)).build();
        }
        return done(p, "done_member_added");
    }

    @POST
    @Path("{id}/role")
    public Response role(@PathParam("project") String project, @PathParam("id") long id,
            @FormParam("role_id") int roleId) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.MANAGE_MEMBERS);
        members.update(caller, ProjectRef.named(p.name), id, new MemberRequest(roleId, null));
        return done(p, "done_member_updated");
    }

    @POST
    @Path("{id}/delete")
    public Response remove(@PathParam("project") String project, @PathParam("id") long id) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.MANAGE_MEMBERS);
        members.remove(caller, ProjectRef.named(p.name), id);
        return done(p, "done_member_removed");
    }

    private TemplateInstance page(String project, String q, String pageParam, String username, int roleId,
            String error) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.READ_MEMBERS);
        String filter = q == null ? "" : q.trim();
        PageRequest request = Pager.request(pageParam);
        MemberService.Listing listing = members.list(caller, ProjectRef.named(p.name), filter, request);
        ProjectHeader header = ProjectHeader.of(p, caller, access, host.host(), "members");
        List<Row> rows = listing.items().stream()
                .map(m -> new Row(m, Roles.key(m.roleId()), m.entityId() == caller.userId())).toList();
        Pager pager = Pager.of(header.path() + "/members", Pager.filters("q", filter), request, listing.total());
        return views.render(Templates.members(views.chrome("projects"), header, filter, rows, pager, Roles.ALL,
                username, roleId, error));
    }

    private static Response done(ProjectEntity p, String notice) {
        return Response.seeOther(URI.create(ProjectLinks.project(p.name) + "/members?done="
                + notice)).build();
    }
}
