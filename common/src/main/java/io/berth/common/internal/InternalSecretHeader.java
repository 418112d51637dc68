package io.berth.common.internal;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Presents the internal secret in {@link InternalApi#SECRET_HEADER} on every call of the REST
 * client it is registered with, so that no client method carries it as a parameter.
 */
public class InternalSecretHeader implements ClientRequestFilter {

    private final InternalSecret secret;

    public InternalSecretHeader(InternalSecret secret) {
        this.secret = secret;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(InternalApi.SECRET_HEADER, secret.value());
    }
}
