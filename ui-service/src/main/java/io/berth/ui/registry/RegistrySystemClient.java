package io.berth.ui.registry;

import io.berth.common.internal.InternalSecret;
import io.berth.ui.api.ApiError;
import io.berth.ui.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Asks registry-core for its full catalog and to collect garbage. */
@ApplicationScoped
public class RegistrySystemClient {

    private static final Logger LOG = Logger.getLogger(RegistrySystemClient.class);

    /** What registry-core answered a collection request: its status and its JSON body (the report). */
    public record GcOutcome(int status, String body) {
        public boolean succeeded() {
            return status / 100 == 2;
        }
    }

    private final RegistrySystemRestClient rest;
    private final InternalSecret secret;

    public RegistrySystemClient(@RestClient RegistrySystemRestClient rest, InternalSecret secret) {
        this.rest = rest;
        this.secret = secret;
    }

    public RegistryCatalog catalog() {
        try {
            RegistryCatalog c = rest.catalog(secret.value());
            if (c == null || c.repositories() == null) {
                throw new ApiException(ApiError.UNKNOWN, "registry returned no catalog");
            }
            return c;
        } catch (WebApplicationException e) {
            LOG.errorf("registry refused the catalog: status %d", e.getResponse().getStatus());
            throw new ApiException(ApiError.UNKNOWN, "registry refused the catalog");
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("failed to read the registry catalog", e);
            throw new ApiException(ApiError.UNKNOWN, "registry catalog unavailable");
        }
    }

    /** Runs one collection; a refusal (409 while another runs) is an outcome, not an exception. */
    public GcOutcome gc(boolean dryRun, boolean deleteUntagged) {
        try (Response r = rest.gc(secret.value(), dryRun, deleteUntagged)) {
            return new GcOutcome(r.getStatus(), r.hasEntity() ? r.readEntity(String.class) : "");
        } catch (WebApplicationException e) {
            Response r = e.getResponse();
            String body = "";
            try {
                body = r.hasEntity() ? r.readEntity(String.class) : "";
            } catch (RuntimeException ignored) {
                // the status says enough
            }
            return new GcOutcome(r.getStatus(), body);
        }
    }
}
