package io.berth.registry.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.internal.InternalApi;
import io.berth.registry.api.ErrorResponder;
import io.berth.registry.api.Names;
import io.berth.registry.api.V2Path;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.gc.GarbageCollector;
import io.berth.registry.manifest.LocalManifests;
import io.berth.registry.manifest.ManifestService;
import io.berth.registry.manifest.Requester;
import io.berth.registry.manifest.StoredManifest;
import io.berth.registry.storage.RepositoryCatalog;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.TagStore;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ui-service may ask of the registry under {@code /internal/v1/} (behind
 * {@link InternalSecretCheck}): garbage collection, tagging an existing manifest (through the same
 * manifests a client reaches, on behalf of the acting user), deletes of tags, manifests and
 * repositories (in the local store: ui-service asked for them and records them itself), and the
 * full catalog.
 */
@Singleton
public class InternalRoutes {

    private static final Pattern TAG = InternalApi.pattern(InternalApi.TAG);
    private static final Pattern MANIFEST = InternalApi.pattern(InternalApi.MANIFEST);
    private static final Pattern REPOSITORY = InternalApi.pattern(InternalApi.REPOSITORY);

    private final ErrorResponder errors;
    private final GarbageCollector gc;
    private final ManifestService manifests;
    private final LocalManifests local;
    private final RepositoryCatalog catalog;
    private final TagStore tags;
    private final ObjectMapper json;

    public InternalRoutes(ErrorResponder errors, GarbageCollector gc, ManifestService manifests,
            LocalManifests local, RepositoryCatalog catalog, TagStore tags, ObjectMapper json) {
        this.local = local;
        this.errors = errors;
        this.gc = gc;
        this.manifests = manifests;
        this.catalog = catalog;
        this.tags = tags;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().pathRegex("^" + InternalApi.PREFIX + "/.*$").handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        ctx.vertx().executeBlocking(() -> {
            dispatch(ctx);
            return null;
        }, false).onFailure(t -> errors.send(ctx, t));
    }

    private void dispatch(RoutingContext ctx) throws Exception {
        String path = V2Path.percentDecode(ctx.request().path());
        if (path == null) {
            throw new RegistryApiException(ErrorCode.BAD_REQUEST, "malformed path");
        }
        HttpMethod method = ctx.request().method();
        Matcher m;
        if (path.equals(InternalApi.GC) && method == HttpMethod.POST) {
            boolean dryRun = "true".equalsIgnoreCase(ctx.request().getParam(InternalApi.DRY_RUN_PARAM));
            boolean untagged = "true".equalsIgnoreCase(ctx.request().getParam(InternalApi.UNTAGGED_PARAM));
            try {
                json(ctx, 200, gc.run(dryRun, untagged));
            } catch (IllegalStateException e) {
                json(ctx, 409, Map.of("errors", List.of(Map.of("code", "CONFLICT", "message", e.getMessage()))));
            }
        } else if (path.equals(InternalApi.CATALOG) && method == HttpMethod.GET) {
            List<Map<String, Object>> repos = new ArrayList<>();
            for (String repo : catalog.list()) {
                Map<String, String> t = new TreeMap<>();
                tags.all(repo).forEach((k, v) -> t.put(k, v.toString()));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", repo);
                entry.put("tags", t);
                repos.add(entry);
            }
            json(ctx, 200, Map.of("repositories", repos));
        } else if (method == HttpMethod.PUT && (m = TAG.matcher(path)).matches()) {
            tag(ctx, Names.requireName(m.group(1)), m.group(2));
        } else if (method == HttpMethod.DELETE && (m = TAG.matcher(path)).matches()) {
            local.untag(Names.requireName(m.group(1)), m.group(2));
            accepted(ctx);
        } else if (method == HttpMethod.DELETE && (m = MANIFEST.matcher(path)).matches()) {
            local.delete(Names.requireName(m.group(1)), Names.requireDigest(m.group(2)), null);
            accepted(ctx);
        } else if (method == HttpMethod.DELETE && (m = REPOSITORY.matcher(path)).matches()) {
            if (!catalog.delete(Names.requireName(m.group(1)))) {
                throw new StoreException(StoreError.REPOSITORY_UNKNOWN, m.group(1));
            }
            accepted(ctx);
        } else {
            throw new RegistryApiException(ErrorCode.UNSUPPORTED, method + " " + path);
        }
    }

    /** {@code PUT .../tags/<tag>?digest=<digest>&actor=<user>}: 201, or 404 for a manifest not in the repository. */
    private void tag(RoutingContext ctx, String repo, String tag) {
        if (!Names.validTag(tag)) {
            throw new RegistryApiException(ErrorCode.TAG_INVALID, tag);
        }
        String digest = ctx.request().getParam(InternalApi.DIGEST_PARAM);
        if (digest == null) {
            throw new RegistryApiException(ErrorCode.DIGEST_INVALID, "digest parameter required");
        }
        String actor = ctx.request().getParam(InternalApi.ACTOR_PARAM);
        StoredManifest m = manifests.tag(repo, tag, Names.requireDigest(digest),
                new Requester(actor == null || actor.isEmpty() ? null : actor, ctx.request().getHeader("User-Agent")));
        ctx.response().setStatusCode(201).putHeader("Docker-Content-Digest", m.digest().toString())
                .putHeader("Content-Length", "0").end();
    }

    private void json(RoutingContext ctx, int status, Object body) throws Exception {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(json.writeValueAsBytes(body)));
    }

    private static void accepted(RoutingContext ctx) {
        ctx.response().setStatusCode(202).putHeader("Content-Length", "0").end();
    }
}
