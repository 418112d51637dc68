package io.berth.ui.console.account;

import io.berth.common.internal.Principal;
import io.berth.ui.console.identity.AccountErrors;
import io.berth.ui.console.identity.Identity;
import io.berth.ui.console.identity.IdentityRefusal;
import io.berth.ui.console.identity.UserRow;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Views;
import io.berth.ui.settings.SystemSettings;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /account}: one's profile (email, full name), password (database accounts) and language. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    @CheckedTemplate(basePath = "console/account")
    static class Templates {
        static native TemplateInstance account(Chrome page, UserRow user, boolean passwordChangeable,
                String email, String realname, String profileError, String passwordError, String detail);
    }

    private final Views views;
    private final Guard guard;
    private final Identity identity;
    private final SystemSettings settings;

    public AccountResource(Views views, Guard guard, Identity identity, SystemSettings settings) {
        this.views = views;
        this.guard = guard;
        this.identity = identity;
        this.settings = settings;
    }

    @GET
    public TemplateInstance show() {
        guard.user();
        UserRow me = identity.current();
        return page(me, me.email(), me.realname(), null, null, null);
    }

    @POST
    @Path("profile")
    public Response profile(@FormParam("email") String email, @FormParam("realname") String realname) {
        Principal caller = guard.user();
        try {
            identity.updateProfile(caller.userId(), trim(email), trim(realname));
        } catch (IdentityRefusal r) {
            if (r.status() == 401) {
                throw r;
            }
            AccountErrors.Shown shown = AccountErrors.of(r);
            return Response.status(r.status() >= 500 ? 503 : 400).entity(page(identity.current(), trim(email),
                    trim(realname), shown.key(), null, shown.detail())).build();
        }
        return Response.seeOther(URI.create("/account?done=done_profile_saved")).build();
    }

    @POST
    @Path("password")
    public Response password(@FormParam("old_password") String oldPassword,
            @FormParam("new_password") String newPassword, @FormParam("confirm") String confirm) {
        Principal caller = guard.user();
        UserRow me = identity.current();
        String error = null;
        String detail = null;
        if (newPassword == null || !newPassword.equals(confirm)) {
            error = "error_password_mismatch";
        } else {
            try {
                identity.changePassword(caller.userId(), oldPassword == null ? "" : oldPassword, newPassword);
            } catch (IdentityRefusal r) {
                if (r.status() == 401) {
                    throw r;
                }
                AccountErrors.Shown shown = AccountErrors.of(r);
                error = shown.key();
                detail = shown.detail();
            }
        }
        if (error != null) {
            return Response.status(400).entity(page(me, me.email(), me.realname(), null, error, detail)).build();
        }
        return Response.seeOther(URI.create("/account?done=done_password_changed")).build();
    }

    private TemplateInstance page(UserRow me, String email, String realname, String profileError,
            String passwordError, String detail) {
        boolean changeable = me.id() == 1 || settings.dbAuth();
        return views.render(Templates.account(views.chrome("account"), me, changeable, email, realname,
                profileError, passwordError, detail));
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
