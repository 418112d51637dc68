package io.berth.registry.proxyproject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.internal.InternalApi;
import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.ProxyProject;
import io.berth.registry.api.ErrorCode;
import io.berth.registry.api.ErrorResponder;
import io.berth.registry.api.RegistryApiException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code PUT /internal/v1/proxy-projects} (secret required): ui-service sends the full list of
 * cache projects on every change and when it starts; 204 once it is stored.
 */
@Singleton
public class ProxyProjectRoutes {

    private static final TypeReference<List<ProxyProject>> LIST = new TypeReference<>() {
    };
    private static final int MAX_BYTES = 1024 * 1024;

    private final InternalSecret secret;
    private final ErrorResponder errors;
    private final ProjectUpstreams upstreams;
    private final ObjectMapper json;

    public ProxyProjectRoutes(InternalSecret secret, ErrorResponder errors, ProjectUpstreams upstreams,
            ObjectMapper json) {
        this.secret = secret;
        this.errors = errors;
        this.upstreams = upstreams;
        this.json = json;
    }

    void register(@Observes Router router) {
        // ahead of the catch-all internal routes
        router.put(InternalApi.PROXY_PROJECTS).order(-10).handler(BodyHandler.create().setBodyLimit(MAX_BYTES))
                .handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        ctx.vertx().executeBlocking(() -> {
            if (!secret.matches(ctx.request().getHeader(InternalApi.SECRET_HEADER))) {
                throw new RegistryApiException(ErrorCode.UNAUTHORIZED, "internal secret required");
            }
            List<ProxyProject> projects;
            try {
                projects = json.readValue(ctx.body().buffer().getBytes(), LIST);
            } catch (Exception e) {
                throw new RegistryApiException(ErrorCode.UNSUPPORTED, "body must be a list of cache projects");
            }
            upstreams.replace(projects);
            ctx.response().setStatusCode(204).end();
            return null;
        }, false).onFailure(t -> errors.send(ctx, t));
    }
}
