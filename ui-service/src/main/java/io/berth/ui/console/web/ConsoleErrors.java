package io.berth.ui.console.web;

import io.berth.common.harbor.HarborException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Turns what went wrong in a console request into what the visitor sees: the sign-in page when
 * the session is gone, else an error page in the visitor's language (403, 404, ...).
 */
@ApplicationScoped
public class ConsoleErrors {

    private static final Logger LOG = Logger.getLogger(ConsoleErrors.class);

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance error(Chrome page, int status, String key, String detail);
    }

    private final Views views;
    private final ConsoleSession session;

    public ConsoleErrors(Views views, ConsoleSession session) {
        this.views = views;
        this.session = session;
    }

    public Response page(int status, String key, String detail) {
        if (status == 401) {
            return signIn();
        }
        String rendered = views.render(Templates.error(views.chrome(""), status, key, detail)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(rendered).build();
    }

    public Response of(ConsoleFailure f) {
        return page(f.status(), f.key(), null);
    }

    /** A service's refusal that the page did not handle itself, or a failure as the API classified it. */
    public Response of(HarborException e) {
        return of(e.error().status(), e.getMessage(), e.headers());
    }

    /**
     * What the visitor sees of a refusal or failure with this status: the sign-in page for 401,
     * an error page for other refusals (naming what was refused), and for any 5xx a 503 page that
     * asks to try again later, with Retry-After.
     */
    public Response of(int status, String detail, Map<String, String> headers) {
        if (status >= 500) {
            LOG.warnf("console request failed: status=%d, message=%s", status, detail);
            return Response.fromResponse(page(503, "error_unavailable", null)).header("Retry-After",
                    headers.getOrDefault("Retry-After", Integer.toString(HarborException.RETRY_AFTER_SECONDS))).build();
        }
        Response shown = switch (status) {
            case 401 -> signIn();
            case 403 -> page(403, "error_forbidden", null);
            case 404 -> page(404, "error_not_found", null);
            case 413 -> page(413, "error_too_large", null);
            default -> page(status, "error_refused", detail);
        };
        Response.ResponseBuilder r = Response.fromResponse(shown);
        headers.forEach(r::header);
        return r.build();
    }

    /** Back to the sign-in page, returning here afterwards (htmx follows {@code HX-Redirect}). */
    public Response signIn() {
        URI target = URI.create("/?next=" + URLEncoder.encode(session.here(), StandardCharsets.UTF_8));
        if (session.htmx()) {
            return Response.ok().header("HX-Redirect", target.toString()).build();
        }
        return Response.seeOther(target).build();
    }
}
