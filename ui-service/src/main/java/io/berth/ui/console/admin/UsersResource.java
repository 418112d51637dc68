package io.berth.ui.console.admin;

import io.berth.common.internal.Principal;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.console.identity.AccountErrors;
import io.berth.ui.console.identity.Identity;
import io.berth.ui.console.identity.IdentityRefusal;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.berth.ui.settings.SystemSettings;
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
 * {@code /admin/users} (system admins): accounts from auth-service, searched and paged; create
 * (database accounts), grant or revoke system admin, reset a password, delete.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
public class UsersResource {

    /** An account row; {@code protectedAccount}: admin (id 1) or the visitor, who cannot be changed here. */
    public record Row(io.berth.ui.console.identity.UserRow user, boolean protectedAccount) {
    }

    /** The create form as typed (never the password). */
    public record Form(String username, String email, String realname) {
    }

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance users(Chrome page, String q, List<Row> rows, Pager pager, boolean dbAuth,
                Form form, String error, String detail, long errorUser);
    }

    private final Views views;
    private final Guard guard;
    private final Identity identity;
    private final SystemSettings settings;

    public UsersResource(Views views, Guard guard, Identity identity, SystemSettings settings) {
        this.views = views;
        this.guard = guard;
        this.identity = identity;
        this.settings = settings;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") String page) {
        return page(q, page, new Form("", "", ""), null, null, 0);
    }

    @POST
    public Response create(@FormParam("username") String username, @FormParam("email") String email,
            @FormParam("realname") String realname, @FormParam("password") String password,
            @FormParam("confirm") String confirm) {
        guard.sysadmin();
        Form form = new Form(trim(username), trim(email), trim(realname));
        if (password == null || !password.equals(confirm)) {
            return Response.status(400).entity(page(null, null, form, "error_password_mismatch", null, 0)).build();
        }
        try {
            identity.create(form.username(), form.email(), form.realname(), password, "");
        } catch (IdentityRefusal r) {
            AccountErrors.Shown shown = AccountErrors.of(r);
            return Response.status(status(r)).entity(page(null, null, form, shown.key(), shown.detail(), 0)).build();
        }
        return done("done_user_created");
    }

    @POST
    @Path("{id}/sysadmin")
    public Response sysadmin(@PathParam("id") long id, @FormParam("sysadmin") boolean sysadmin) {
        guard.sysadmin();
        return act(id, () -> identity.setSysadmin(id, sysadmin), "done_user_updated");
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") long id, @FormParam("password") String password) {
        guard.sysadmin();
        return act(id, () -> identity.changePassword(id, null, password == null ? "" : password),
                "done_password_reset");
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") long id) {
        guard.sysadmin();
        return act(id, () -> identity.delete(id), "done_user_deleted");
    }

    private Response act(long id, Runnable action, String notice) {
        try {
            action.run();
        } catch (IdentityRefusal r) {
            if (r.status() == 401) {
                throw r;
            }
            AccountErrors.Shown shown = AccountErrors.of(r);
            return Response.status(status(r)).entity(page(null, null, new Form("", "", ""), shown.key(),
                    shown.detail(), id)).build();
        }
        return done(notice);
    }

    private TemplateInstance page(String q, String pageParam, Form form, String error, String detail,
            long errorUser) {
        Principal caller = guard.sysadmin();
        String filter = q == null ? "" : q.trim();
        PageRequest request = Pager.request(pageParam);
        Identity.Users users = identity.users(filter, request.page(), request.pageSize());
        List<Row> rows = users.items().stream()
                .map(u -> new Row(u, u.id() == 1 || u.id() == caller.userId())).toList();
        Pager pager = Pager.of("/admin/users", Pager.filters("q", filter), request, users.total());
        return views.render(Templates.users(views.chrome("users"), filter, rows, pager,
                settings.dbAuth(), form, error, detail, errorUser));
    }

    private static int status(IdentityRefusal r) {
        return r.status() >= 500 ? 503 : r.status() == 409 ? 409 : 400;
    }

    private static Response done(String notice) {
        return Response.seeOther(URI.create("/admin/users?done=" + notice)).build();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
