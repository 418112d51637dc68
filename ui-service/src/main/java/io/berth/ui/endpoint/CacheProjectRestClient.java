package io.berth.ui.endpoint;

import io.berth.common.internal.InternalApi;
import io.berth.common.internal.ProxyProject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** registry-core's table of cache projects; only {@link CacheProjectSync} uses it. */
@RegisterRestClient(configKey = "registry-projects")
@Path(InternalApi.PROXY_PROJECTS)
interface CacheProjectRestClient {

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    Response replace(@HeaderParam(InternalApi.SECRET_HEADER) String secret, List<ProxyProject> projects);
}
