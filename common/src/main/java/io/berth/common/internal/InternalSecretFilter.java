package io.berth.common.internal;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborErrorResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The server side of {@link InternalSecretHeader}: a call anywhere under {@code /internal/} that does
 * not present the deployment's secret is refused with Harbor's 401 before routing, so a caller
 * without the secret learns nothing, not even which internal paths exist. ui-service and
 * auth-service find it in this bean archive; like {@code HarborExceptionMapper} it has no
 * bean-defining annotation, so the services without a REST API never see it.
 */
public class InternalSecretFilter {

    private static final Logger LOG = Logger.getLogger(InternalSecretFilter.class);

    private final InternalSecret secret;

    public InternalSecretFilter(InternalSecret secret) {
        this.secret = secret;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!InternalApi.covers(path) || secret.matches(request.getHeaderString(InternalApi.SECRET_HEADER))) {
            return null;
        }
        LOG.warnf("internal call refused: %s %s", request.getMethod(), path);
        return HarborErrorResponse.of(HarborError.UNAUTHORIZED, "internal secret missing or wrong");
    }
}
