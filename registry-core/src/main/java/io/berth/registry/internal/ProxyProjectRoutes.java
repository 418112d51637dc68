package io.berth.registry.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.internal.InternalApi;
import io.berth.common.internal.ProxyProject;
import io.berth.registry.api.ErrorResponder;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.proxyproject.ProjectUpstreams;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code PUT /internal/v1/proxy-projects} (behind {@link InternalSecretCheck}): ui-service sends
 * the full list of cache projects on every change and when it starts; 204 once it is stored.
 */
@Singleton
public class ProxyProjectRoutes {

    private static final TypeReference<List<ProxyProject>> LIST = new TypeReference<>() {
    };
    private static final int MAX_BYTES = 1024 * 1024;

    private final ErrorResponder errors;
    private final ProjectUpstreams upstreams;
    private final ObjectMapper json;

    public ProxyProjectRoutes(ErrorResponder errors, ProjectUpstreams upstreams, ObjectMapper json) {
        this.errors = errors;
        this.upstreams = upstreams;
        this.json = json;
    }

    void register(@Observes Router router) {
        // after the secret check (the body is read only for a caller that has the secret), ahead of
        // the catch-all internal routes
        router.put(InternalApi.PROXY_PROJECTS).order(InternalSecretCheck.ORDER + 1).handler(BodyHandler.create().setBodyLimit(MAX_BYTES))
                .handler(this::handle).failureHandler(this::bodyRefused);
    }

    /** The body handler's refusal (a body over the limit) in the registry's error format. */
    private void bodyRefused(RoutingContext ctx) {
        errors.send(ctx, ctx.statusCode() == 413
                ? new RegistryApiException(ErrorCode.BODY_TOO_LARGE, "at most " + MAX_BYTES + " bytes")
                : ctx.failure() != null ? ctx.failure() : new RegistryApiException(ErrorCode.BAD_REQUEST, null));
    }

    void handle(RoutingContext ctx) {
        ctx.vertx().executeBlocking(() -> {
            List<ProxyProject> projects = null;
            try {
                projects = ctx.body().buffer() == null ? null : json.readValue(ctx.body().buffer().getBytes(), LIST);
            } catch (Exception e) {
                // named below
            }
            if (projects == null || projects.contains(null)) {
                throw new RegistryApiException(ErrorCode.BAD_REQUEST, "body must be a list of cache projects");
            }
            try {
                upstreams.replace(projects);
            } catch (IllegalArgumentException e) { // no name, a URL that is none, a password not sealed with our secret
                throw new RegistryApiException(ErrorCode.BAD_REQUEST, e.getMessage());
            }
            ctx.response().setStatusCode(204).end();
            return null;
        }, false).onFailure(t -> errors.send(ctx, t));
    }
}
