package io.berth.ui.system;

import io.berth.ui.registry.RegistryCoreClient;
import io.berth.ui.security.Caller;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/v2.0/system/resync} (Berth's own; Harbor has none): a system admin rebuilds
 * the repository and tag metadata from registry-core's catalog; answers what changed.
 */
@Path("/api/v2.0/system/resync")
public class ResyncResource {

    private static final Logger LOG = Logger.getLogger(ResyncResource.class);

    private final RegistryCoreClient registry;
    private final CatalogSync sync;
    private final Caller caller;

    public ResyncResource(RegistryCoreClient registry, CatalogSync sync, Caller caller) {
        this.registry = registry;
        this.sync = sync;
        this.caller = caller;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public CatalogSync.Result resync() {
        SystemAdmin.require(caller);
        CatalogSync.Result result = sync.apply(registry.catalog());
        LOG.infof("metadata resynced from the registry catalog: %d repositories", result.repositories());
        return result;
    }
}
