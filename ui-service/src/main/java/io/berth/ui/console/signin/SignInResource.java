package io.berth.ui.console.signin;

import io.berth.ui.console.identity.Identity;
import io.berth.ui.console.identity.LoginAnswer;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.ConsolePaths;
import io.berth.ui.console.web.ConsoleSession;
import io.berth.ui.console.web.Views;
import io.berth.ui.security.ClientAddresses;
import io.berth.ui.settings.SystemSettings;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * {@code /}: the sign-in page, or the projects once signed in. Signing in goes through
 * auth-service's {@code /c/login}, whose session cookie is handed to the browser unchanged.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate(basePath = "console/signin")
    static class Templates {
        static native TemplateInstance signin(Chrome page, String next, String principal, String error,
                boolean signUp);
    }

    private final Views views;
    private final ConsoleSession session;
    private final Identity identity;
    private final SystemSettings settings;
    private final ClientAddresses addresses;

    public SignInResource(Views views, ConsoleSession session, Identity identity, SystemSettings settings,
            ClientAddresses addresses) {
        this.addresses = addresses;
        this.views = views;
        this.session = session;
        this.identity = identity;
        this.settings = settings;
    }

    @GET
    public Response home(@QueryParam("next") String next) {
        if (session.signedIn()) {
            return Response.seeOther(URI.create(next == null ? "/projects" : ConsolePaths.safeLocal(next))).build();
        }
        return Response.ok(page(next, "", null)).build();
    }

    @POST
    @Path("sign-in")
    public Response signIn(@FormParam("principal") String principal, @FormParam("password") String password,
            @FormParam("next") String next) {
        String name = principal == null ? "" : principal.trim();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return Response.status(400).entity(page(next, name, "error_signin_missing")).build();
        }
        LoginAnswer answer = identity.login(name, password, addresses.current());
        return switch (answer.outcome()) {
            case ACCEPTED -> {
                Response.ResponseBuilder r = Response.seeOther(URI.create(
                        next == null || next.isEmpty() ? "/projects" : ConsolePaths.safeLocal(next)));
                answer.setCookies().forEach(c -> r.header(HttpHeaders.SET_COOKIE, c));
                yield r.build();
            }
            case REFUSED -> Response.status(401).entity(page(next, name, "error_signin_refused")).build();
            case UNAVAILABLE -> Response.status(503).entity(page(next, name, "error_unavailable")).build();
        };
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        List<String> cleared = session.signedIn() ? identity.logout() : List.of();
        Response.ResponseBuilder r = Response.seeOther(URI.create("/"));
        cleared.forEach(c -> r.header(HttpHeaders.SET_COOKIE, c));
        return r.build();
    }

    private TemplateInstance page(String next, String principal, String error) {
        return views.render(Templates.signin(views.chrome("signin"),
                next == null ? "" : ConsolePaths.safeLocal(next), principal, error, SignUpRules.open(settings)));
    }
}
