package io.berth.ui.console.signin;

import io.berth.ui.console.identity.AccountErrors;
import io.berth.ui.console.identity.Identity;
import io.berth.ui.console.identity.IdentityRefusal;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.ConsoleFailure;
import io.berth.ui.console.web.ConsoleSession;
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

/** {@code /sign-up}: creates one's own account while self-registration is on (404 otherwise). */
@Path("/sign-up")
@Produces(MediaType.TEXT_HTML)
public class SignUpResource {

    /** What the visitor typed, shown again with the error (never the passwords). */
    public record Form(String username, String email, String realname) {
    }

    @CheckedTemplate(basePath = "console/signin")
    static class Templates {
        static native TemplateInstance signup(Chrome page, Form form, String error, String detail);
    }

    private final Views views;
    private final ConsoleSession session;
    private final Identity identity;
    private final SystemSettings settings;

    public SignUpResource(Views views, ConsoleSession session, Identity identity, SystemSettings settings) {
        this.views = views;
        this.session = session;
        this.identity = identity;
        this.settings = settings;
    }

    @GET
    public TemplateInstance form() {
        open();
        return page(new Form("", "", ""), null, null);
    }

    @POST
    public Response signUp(@FormParam("username") String username, @FormParam("email") String email,
            @FormParam("realname") String realname, @FormParam("password") String password,
            @FormParam("confirm") String confirm) {
        open();
        Form form = new Form(trim(username), trim(email), trim(realname));
        if (password == null || !password.equals(confirm)) {
            return Response.status(400).entity(page(form, "error_password_mismatch", null)).build();
        }
        try {
            identity.create(form.username(), form.email(), form.realname(), password, "");
        } catch (IdentityRefusal r) {
            AccountErrors.Shown shown = AccountErrors.of(r);
            return Response.status(r.status() >= 500 ? 503 : 400).entity(page(form, shown.key(), shown.detail()))
                    .build();
        }
        return Response.seeOther(URI.create("/?done=done_signed_up")).build();
    }

    private void open() {
        if (session.signedIn() || !SignUpRules.open(settings)) {
            throw ConsoleFailure.notFound();
        }
    }

    private TemplateInstance page(Form form, String error, String detail) {
        return views.render(Templates.signup(views.chrome("signup"), form, error, detail));
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
