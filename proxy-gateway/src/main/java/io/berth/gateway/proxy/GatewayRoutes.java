package io.berth.gateway.proxy;

import io.berth.common.http.LingeringClose;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the proxy in front of everything (the handler itself lets {@code /q/*} through), behind
 * {@link LingeringClose}: a client still sending a body it was refused reads the answer.
 */
@ApplicationScoped
public class GatewayRoutes {

    private final ProxyHandler proxy;

    public GatewayRoutes(ProxyHandler proxy) {
        this.proxy = proxy;
    }

    void register(@Observes Router router) {
        LingeringClose.install(router);
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            ConnectionTuning.clientSide(rc.request().connection());
            rc.next();
        });
        router.route().order(-1).handler(proxy);
    }
}
