package io.berth.auth.internal;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborErrorResponse;
import io.berth.common.internal.InternalApi;
import io.berth.common.internal.InternalSecret;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every {@code /internal/} call must carry the deployment's secret. */
public class InternalSecretFilter {

    private static final Logger LOG = Logger.getLogger(InternalSecretFilter.class);

    private final InternalSecret secret;

    public InternalSecretFilter(InternalSecret secret) {
        this.secret = secret;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(InternalApi.PREFIX + "/") && !path.equals(InternalApi.PREFIX)
                && !path.startsWith("/internal/")) {
            return null;
        }
        if (secret.matches(request.getHeaderString(InternalApi.SECRET_HEADER))) {
            return null;
        }
        LOG.warnf("internal call refused: path=%s", path);
        return HarborErrorResponse.of(HarborError.UNAUTHORIZED, "internal secret missing or wrong");
    }
}
