package io.berth.registry.api;

import io.berth.common.token.Scope;
import io.berth.registry.auth.Decision;
import io.berth.registry.auth.TokenAuthorizer;
import io.berth.registry.error.ChallengeException;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.proxyproject.ProjectUpstreams;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mounts {@code /v2/} on the Vert.x router: parses the path, opens the body as a bounded
 * stream, authorizes and hands the call to its handler on a worker thread. Failures of any
 * kind go to the single {@link ErrorResponder}.
 */
@Singleton
public class V2Routes {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final TokenAuthorizer authorizer;
    private final ErrorResponder errors;
    private final BlobHandler blobs;
    private final UploadHandler uploads;
    private final ManifestHandler manifests;
    private final ListingHandler listings;
    private final Responses responses;
    private final ProjectUpstreams cacheProjects;

    public V2Routes(TokenAuthorizer authorizer, ErrorResponder errors, BlobHandler blobs, UploadHandler uploads,
            ManifestHandler manifests, ListingHandler listings, Responses responses, ProjectUpstreams cacheProjects) {
        this.cacheProjects = cacheProjects;
        this.authorizer = authorizer;
        this.errors = errors;
        this.blobs = blobs;
        this.uploads = uploads;
        this.manifests = manifests;
        this.listings = listings;
        this.responses = responses;
    }

    void register(@Observes Router router) {
        // /v2;x=1 is /v2 to the gateway (RESTEasy's reading, matrix parameters dropped): answered here, in OCI's format
        router.route().pathRegex("^/v2([/;].*)?$").handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        ctx.response().putHeader("Docker-Distribution-API-Version", "registry/2.0");
        HttpMethod method = ctx.request().method();
        RequestBodyStream body = WITH_BODY.contains(method) ? new RequestBodyStream(ctx.request()) : null;
        ctx.vertx().executeBlocking(() -> {
            dispatch(ctx, method, body);
            return null;
        }, false).onFailure(t -> errors.send(ctx, t));
    }

    private void dispatch(RoutingContext ctx, HttpMethod method, RequestBodyStream body) throws Exception {
        V2Path path = V2Path.parse(ctx.request().path());
        if (path == null) {
            throw new RegistryApiException(ErrorCode.NAME_UNKNOWN, ctx.request().path());
        }
        if (path.name() != null) {
            Names.requireName(path.name());
            if (WITH_BODY.contains(method) && cacheProjects.inCacheProject(path.name())) {
                // before authorization, as Harbor: no token makes a cache project writable
                throw new RegistryApiException(ErrorCode.DENIED, "pushes into a proxy-cache project are refused");
            }
        }
        Decision decision = authorizer.authorize(ctx.request().getHeader("Authorization"), wanted(path, method),
                mountSource(path, method, ctx.request().getParam("mount"), ctx.request().getParam("from")));
        if (!decision.granted()) {
            throw new ChallengeException(ErrorCode.UNAUTHORIZED, decision.challenge(), decision.detail());
        }
        Call call = new Call(ctx, path, decision.access(), body);
        switch (path.kind()) {
            case BASE -> only(method, Set.of(HttpMethod.GET, HttpMethod.HEAD), () -> responses.json(call, 200, "application/json", Map.of()));
            case CATALOG -> only(method, Set.of(HttpMethod.GET), () -> listings.catalog(call));
            case TAGS -> only(method, Set.of(HttpMethod.GET), () -> listings.tags(call));
            case REFERRERS -> only(method, Set.of(HttpMethod.GET), () -> listings.referrers(call));
            case BLOB -> {
                if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                    blobs.get(call);
                } else {
                    only(method, Set.of(HttpMethod.DELETE), () -> blobs.delete(call));
                }
            }
            case UPLOADS -> only(method, Set.of(HttpMethod.POST), () -> uploads.start(call));
            case UPLOAD -> {
                switch (method.name()) {
                    case "PATCH" -> uploads.patch(call);
                    case "PUT" -> uploads.put(call);
                    case "GET" -> uploads.status(call);
                    case "DELETE" -> uploads.cancel(call);
                    default -> throw new RegistryApiException(ErrorCode.UNSUPPORTED, method.name());
                }
            }
            case MANIFEST -> {
                switch (method.name()) {
                    case "GET", "HEAD" -> manifests.get(call);
                    case "PUT" -> manifests.put(call);
                    case "DELETE" -> manifests.delete(call);
                    default -> throw new RegistryApiException(ErrorCode.UNSUPPORTED, method.name());
                }
            }
            default -> throw new RegistryApiException(ErrorCode.UNSUPPORTED, method.name());
        }
    }

    /** The scope the request needs; null for the base endpoint (any valid token). */
    static Scope wanted(V2Path path, HttpMethod method) {
        if (path.kind() == V2Path.Kind.BASE) {
            return null;
        }
        if (path.kind() == V2Path.Kind.CATALOG) {
            return new Scope(Scope.REGISTRY, Scope.CATALOG, Set.of(Scope.ALL));
        }
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return new Scope(Scope.REPOSITORY, path.name(), Set.of(Scope.PULL));
        }
        if (method == HttpMethod.DELETE && path.kind() != V2Path.Kind.UPLOAD) {
            return new Scope(Scope.REPOSITORY, path.name(), Set.of(Scope.DELETE));
        }
        return new Scope(Scope.REPOSITORY, path.name(), Set.of(Scope.PULL, Scope.PUSH));
    }

    /**
     * A cross-repository mount also wants {@code pull} on its source; asked for in the challenge
     * but not demanded, since without it the mount falls back to an upload.
     */
    static List<Scope> mountSource(V2Path path, HttpMethod method, String mount, String from) {
        if (path.kind() != V2Path.Kind.UPLOADS || method != HttpMethod.POST || mount == null || from == null
                || !Names.validName(from) || from.equals(path.name())) {
            return List.of();
        }
        return List.of(new Scope(Scope.REPOSITORY, from, Set.of(Scope.PULL)));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void only(HttpMethod method, Set<HttpMethod> allowed, Action action) throws Exception {
        if (!allowed.contains(method)) {
            throw new RegistryApiException(ErrorCode.UNSUPPORTED, method.name());
        }
        action.run();
    }
}
