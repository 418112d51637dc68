package io.berth.ui.security;

import io.berth.common.http.ClientAddress;
import io.berth.ui.config.UiConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

/** The address the current request comes from: the gateway's {@code X-Real-IP} when the gateway sent it, else the peer. */
@ApplicationScoped
public class ClientAddresses {

    private final ClientAddress resolver;
    private final HttpServerRequest request;

    public ClientAddresses(UiConfig config, HttpServerRequest request) {
        this.resolver = ClientAddress.trusting(config.trustedProxies());
        this.request = request;
    }

    public String current() {
        SocketAddress peer = request.remoteAddress();
        return resolver.of(peer == null ? null : peer.hostAddress(), request.getHeader(ClientAddress.REAL_IP));
    }
}
