package io.berth.ui.console.admin;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Principal;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.ConsoleErrors;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.berth.ui.endpoint.RegistryEndpointEntity;
import io.berth.ui.endpoint.RegistryEndpointRequest;
import io.berth.ui.endpoint.RegistryEndpointService;
import io.berth.ui.endpoint.RegistryEndpointView;
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
 * {@code /admin/registries} (system admins): Harbor's registry endpoints, the upstreams of
 * proxy-cache projects. A stored secret is never sent back to the browser: the edit form leaves
 * it empty and keeps it unless a new one is typed.
 */
@Path("/admin/registries")
@Produces(MediaType.TEXT_HTML)
public class RegistriesResource {

    /** The form as typed or stored; {@code hasSecret}: a secret is stored (it is never shown). */
    public record Form(long id, String name, String type, String url, String accessKey, boolean hasSecret,
            boolean insecure, String description) {
    }

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance registries(Chrome page, List<RegistryEndpointView> rows, Pager pager,
                String action, List<String> types, Form form, String error, String detail);

        static native TemplateInstance registry(Chrome page, String action, List<String> types, Form form,
                String error, String detail);
    }

    private final Views views;
    private final Guard guard;
    private final ConsoleErrors errors;
    private final RegistryEndpointService endpoints;

    public RegistriesResource(Views views, Guard guard, ConsoleErrors errors, RegistryEndpointService endpoints) {
        this.views = views;
        this.guard = guard;
        this.errors = errors;
        this.endpoints = endpoints;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        return listPage(page, empty(), null, null);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("type") String type,
            @FormParam("url") String url, @FormParam("access_key") String accessKey,
            @FormParam("access_secret") String accessSecret, @FormParam("insecure") boolean insecure,
            @FormParam("description") String description) {
        Principal caller = guard.sysadmin();
        Form form = new Form(0, trim(name), trim(type), trim(url), trim(accessKey), false, insecure, trim(description));
        try {
            endpoints.create(caller, request(form, accessSecret));
        } catch (HarborException e) {
            return Response.status(e.error().status()).entity(listPage(null, form, key(e), detail(e))).build();
        }
        return Response.seeOther(URI.create("/admin/registries?done=done_registry_created")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") long id) {
        Principal caller = guard.sysadmin();
        RegistryEndpointEntity e = endpoints.get(caller, id);
        return views.render(Templates.registry(views.chrome("registries"), "/admin/registries/" + id, endpoints.types(),
                new Form(e.id, e.name, e.type, e.url, e.accessKey == null ? "" : e.accessKey, e.accessSecret != null,
                        e.insecure, e.description == null ? "" : e.description), null, null));
    }

    @POST
    @Path("{id}")
    public Response save(@PathParam("id") long id, @FormParam("name") String name, @FormParam("type") String type,
            @FormParam("url") String url, @FormParam("access_key") String accessKey,
            @FormParam("access_secret") String accessSecret, @FormParam("insecure") boolean insecure,
            @FormParam("description") String description) {
        Principal caller = guard.sysadmin();
        RegistryEndpointEntity stored = endpoints.get(caller, id);
        Form form = new Form(id, trim(name), trim(type), trim(url), trim(accessKey), stored.accessSecret != null,
                insecure, trim(description));
        try {
            endpoints.update(caller, id, request(form, accessSecret));
        } catch (HarborException e) {
            return Response.status(e.error().status()).entity(views.render(Templates.registry(
                    views.chrome("registries"), "/admin/registries/" + id, endpoints.types(), form, key(e),
                    detail(e)))).build();
        }
        return Response.seeOther(URI.create("/admin/registries?done=done_registry_saved")).build();
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") long id) {
        Principal caller = guard.sysadmin();
        try {
            endpoints.delete(caller, id);
        } catch (HarborException e) {
            if (e.error().status() == 412) {
                return errors.page(412, "error_registry_in_use", null);
            }
            throw e;
        }
        return Response.seeOther(URI.create("/admin/registries?done=done_registry_deleted")).build();
    }

    /** "Test connection" (htmx): what the form says; an empty secret on a stored endpoint means the stored one. */
    @POST
    @Path("test")
    public TemplateInstance test(@FormParam("id") Long id, @FormParam("type") String type,
            @FormParam("url") String url, @FormParam("access_key") String accessKey,
            @FormParam("access_secret") String accessSecret, @FormParam("insecure") boolean insecure) {
        Principal caller = guard.sysadmin();
        String problem;
        try {
            problem = endpoints.problem(caller, new RegistryEndpointRequest(id != null && id > 0 ? id : null, null,
                    null, trim(type), trim(url), new RegistryEndpointRequest.Credential("basic", trim(accessKey),
                            accessSecret == null ? "" : accessSecret), insecure));
        } catch (HarborException e) {
            problem = e.getMessage();
        }
        return views.render(TestResult.testresult(problem == null, problem));
    }

    private TemplateInstance listPage(String pageParam, Form form, String error, String detail) {
        Principal caller = guard.sysadmin();
        PageRequest request = Pager.request(pageParam);
        RegistryEndpointService.Listing listing = endpoints.list(caller, null, request);
        return views.render(Templates.registries(views.chrome("registries"), listing.items(),
                Pager.of("/admin/registries", Pager.filters(), request, listing.total()), "/admin/registries",
                endpoints.types(), form, error, detail));
    }

    private static RegistryEndpointRequest request(Form f, String secret) {
        RegistryEndpointRequest.Credential credential = f.accessKey().isEmpty()
                ? new RegistryEndpointRequest.Credential("basic", "", null)
                : new RegistryEndpointRequest.Credential("basic", f.accessKey(),
                        secret == null || secret.isEmpty() ? (f.hasSecret() ? RegistryEndpointView.MASK : null) : secret);
        return new RegistryEndpointRequest(null, f.name(), f.description(), f.type(), f.url(), credential,
                f.insecure());
    }

    private static String key(HarborException e) {
        return switch (e.error()) {
            case CONFLICT -> "error_registry_exists";
            case BAD_REQUEST -> "error_registry_invalid";
            default -> "error_refused";
        };
    }

    private static String detail(HarborException e) {
        return e.error() == HarborError.BAD_REQUEST ? e.getMessage() : null;
    }

    private static Form empty() {
        return new Form(0, "", "docker-hub", "", "", false, false, "");
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
