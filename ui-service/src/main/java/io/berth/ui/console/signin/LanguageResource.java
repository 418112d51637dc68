package io.berth.ui.console.signin;

import io.berth.ui.console.web.ConsolePaths;
import io.berth.ui.console.web.Languages;
import io.berth.ui.console.web.SecureCookies;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code POST /language}: remembers the visitor's language for a year and returns to the page. */
@Path("/language")
public class LanguageResource {

    private static final long ONE_YEAR = 365L * 24 * 3600;

    private final SecureCookies cookies;

    public LanguageResource(SecureCookies cookies) {
        this.cookies = cookies;
    }

    @POST
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        String chosen = Languages.supported(lang);
        Response.ResponseBuilder r = Response.seeOther(URI.create(ConsolePaths.safeLocal(back)));
        if (chosen != null) {
            r.header(HttpHeaders.SET_COOKIE, cookies.lax(Languages.COOKIE, chosen, ONE_YEAR));
        }
        return r.build();
    }
}
