package io.berth.ui.registry;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.internal.ProxyProject;
import io.berth.ui.config.UiConfig;
import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.InternalSecretHeader;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * ui-service's one client of registry-core: tagging, deletes, the catalog, garbage collection
 * and the table of cache projects. Its errors are translated here and nowhere else, as Jib's
 * RegistryEndpointCaller does: a registry-core that cannot be reached, times out or answers 5xx
 * is a 503 with Retry-After (a temporary outage); a status no call expects is a 500 (our bug);
 * the statuses a call expects (404 for "not there") are answers. A collection may run for an
 * hour, so it has its own read timeout.
 */
@ApplicationScoped
public class RegistryCoreClient {

    private static final Logger LOG = Logger.getLogger(RegistryCoreClient.class);
    private static final Set<Integer> NOT_THERE = Set.of(404);

    /** What registry-core answered a collection request: its status and its JSON body (the report). */
    public record GcOutcome(int status, String body) {
        public boolean succeeded() {
            return status / 100 == 2;
        }
    }

    private final RegistryCoreApi api;
    private final RegistryCoreApi collector;

    public RegistryCoreClient(UiConfig config, InternalSecret secret) {
        this.api = build(config, secret, config.registry().readTimeoutSeconds());
        this.collector = build(config, secret, config.registry().gcTimeoutSeconds());
    }

    private static RegistryCoreApi build(UiConfig config, InternalSecret secret, int readTimeoutSeconds) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.registryUrl()))
                .connectTimeout(config.registry().connectTimeoutSeconds(), TimeUnit.SECONDS)
                .readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
                .disableDefaultMapper(true)
                .register(new InternalSecretHeader(secret))
                .build(RegistryCoreApi.class);
    }

    /** Points the tag at the manifest; registry-core announces it as a push by {@code actor}. 404: no such manifest. */
    public void tag(String repository, String tag, String digest, String actor) {
        int status = call("tag", () -> api.tag(repository, tag, digest, actor), NOT_THERE,
                Response::getStatus);
        if (status == 404) {
            throw HarborException.notFound("artifact " + digest + " not found in the registry");
        }
    }

    /** Deletes are done when they succeed or when registry-core no longer has the content (404). */
    public void deleteTag(String repository, String tag) {
        call("delete tag", () -> api.deleteTag(repository, tag), NOT_THERE, Response::getStatus);
    }

    public void deleteManifest(String repository, String digest) {
        call("delete manifest", () -> api.deleteManifest(repository, digest), NOT_THERE,
                Response::getStatus);
    }

    public void deleteRepository(String repository) {
        call("delete repository", () -> api.deleteRepository(repository), NOT_THERE,
                Response::getStatus);
    }

    public RegistryCatalog catalog() {
        RegistryCatalog c = call("catalog", () -> api.catalog(), Set.of(),
                r -> r.readEntity(RegistryCatalog.class));
        if (c == null || c.repositories() == null) {
            LOG.error("registry-core answered no catalog");
            throw new HarborException(HarborError.UNKNOWN, "registry returned no catalog");
        }
        return c;
    }

    /** Runs one collection; whatever registry-core answers (409 while another runs) is the outcome. */
    public GcOutcome gc(boolean dryRun, boolean deleteUntagged) {
        return call("garbage collection", () -> collector.gc(dryRun, deleteUntagged), null,
                r -> new GcOutcome(r.getStatus(), r.hasEntity() ? r.readEntity(String.class) : ""));
    }

    /** Replaces registry-core's table of cache projects. */
    public void replaceCacheProjects(List<ProxyProject> table) {
        call("cache project table", () -> api.replaceCacheProjects(table), Set.of(),
                Response::getStatus);
    }

    /**
     * Sends one request and reads its answer with {@code read} when the status is 2xx or one of
     * {@code answers} (null: every status is an answer).
     */
    private static <T> T call(String what, Supplier<Response> request, Set<Integer> answers, Function<Response, T> read) {
        Response answer;
        try {
            answer = request.get();
        } catch (RuntimeException e) {
            LOG.warnf("failed to reach registry-core: %s: %s", what, e.toString());
            throw unavailable();
        }
        try (Response r = answer) {
            int status = r.getStatus();
            if (status / 100 == 2 || answers == null || answers.contains(status)) {
                return read.apply(r);
            }
            if (status >= 500) {
                LOG.warnf("registry-core failed: %s: status %d", what, status);
                throw unavailable();
            }
            LOG.errorf("registry-core refused a call: %s: status %d", what, status);
            throw new HarborException(HarborError.UNKNOWN, "registry refused the change");
        } catch (HarborException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("registry-core answered what ui-service cannot read: " + what, e);
            throw new HarborException(HarborError.UNKNOWN, "registry answered unreadably");
        }
    }

    private static HarborException unavailable() {
        return HarborException.unavailable("registry unavailable, retry later");
    }
}
