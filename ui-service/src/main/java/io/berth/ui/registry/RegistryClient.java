package io.berth.ui.registry;

import io.berth.common.internal.InternalSecret;
import io.berth.ui.api.ApiError;
import io.berth.ui.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks registry-core to tag or delete content. Tagging a manifest the registry does not have is a
 * 404. A 404 from the registry means it is already gone there
 * (the metadata may then be cleaned up); any other failure is a 500 and changes nothing.
 */
@ApplicationScoped
public class RegistryClient {

    private static final Logger LOG = Logger.getLogger(RegistryClient.class);

    private final RegistryRestClient rest;
    private final InternalSecret secret;

    public RegistryClient(@RestClient RegistryRestClient rest, InternalSecret secret) {
        this.rest = rest;
        this.secret = secret;
    }

    /** Points the tag at the manifest; registry-core announces it as a push by {@code actor}. */
    public void tag(String repository, String tag, String digest, String actor) {
        try (Response r = rest.tag(secret.value(), repository, tag, digest, actor)) {
            if (r.getStatus() / 100 != 2) {
                throw failure(r.getStatus());
            }
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ApiException.notFound("artifact " + digest + " not found in the registry");
            }
            throw failure(e.getResponse().getStatus());
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("failed to reach registry-core", e);
            throw new ApiException(ApiError.UNKNOWN, "registry unavailable");
        }
    }

    public void deleteTag(String repository, String tag) {
        call(() -> rest.deleteTag(secret.value(), repository, tag));
    }

    public void deleteManifest(String repository, String digest) {
        call(() -> rest.deleteManifest(secret.value(), repository, digest));
    }

    public void deleteRepository(String repository) {
        call(() -> rest.deleteRepository(secret.value(), repository));
    }

    private static void call(Supplier<Response> request) {
        try (Response r = request.get()) {
            if (r.getStatus() / 100 != 2) {
                throw failure(r.getStatus());
            }
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw failure(e.getResponse().getStatus());
            }
            LOG.debug("registry content already gone");
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("failed to reach registry-core", e);
            throw new ApiException(ApiError.UNKNOWN, "registry unavailable");
        }
    }

    private static ApiException failure(int status) {
        LOG.errorf("registry-core refused a change: status %d", status);
        return new ApiException(ApiError.UNKNOWN, "registry refused the change");
    }
}
