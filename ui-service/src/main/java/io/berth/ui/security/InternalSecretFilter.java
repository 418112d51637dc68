package io.berth.ui.security;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.InternalApi;
import io.berth.common.internal.InternalSecret;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Every {@code /internal/v1/} call must carry the deployment's internal secret. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class InternalSecretFilter implements ContainerRequestFilter {

    /** Looked up per call: filters are built before the configuration is, the secret after it. */
    private final Instance<InternalSecret> secret;

    public InternalSecretFilter(Instance<InternalSecret> secret) {
        this.secret = secret;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (ApiPaths.isInternal(request) && !secret.get().matches(request.getHeaderString(InternalApi.SECRET_HEADER))) {
            throw HarborException.unauthorized();
        }
    }
}
