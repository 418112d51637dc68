package io.berth.auth.authn;

import io.berth.auth.config.AuthConfig;
import io.berth.common.http.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

/** The address a request comes from: the gateway's {@code X-Real-IP} when the gateway sent it, else the peer. */
@ApplicationScoped
public class ClientAddresses {

    private final ClientAddress resolver;

    public ClientAddresses(AuthConfig config) {
        this.resolver = ClientAddress.trusting(config.trustedProxies());
    }

    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return resolver.of(peer == null ? null : peer.hostAddress(), request.getHeader(ClientAddress.REAL_IP));
    }
}
