package io.berth.gateway.proxy;

import io.berth.common.http.LingeringClose;
import io.berth.gateway.routing.RouteTable;
import io.berth.gateway.routing.Target;
import io.vertx.core.VertxException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Puts the proxy in front of everything (the handler itself lets {@code /q/*} through), behind
 * {@link LingeringClose}: a client still sending a body it was refused reads the answer.
 */
@ApplicationScoped
public class GatewayRoutes {

    private final ProxyHandler proxy;
    private final RouteTable routes;

    public GatewayRoutes(ProxyHandler proxy, RouteTable routes) {
        this.proxy = proxy;
        this.routes = routes;
    }

    void register(@Observes Router router) {
        LingeringClose.install(router);
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            ConnectionTuning.clientSide(rc.request().connection());
            if (!readableTarget(rc.request().uri())) {
                badRequest(rc);
                return;
            }
            rc.next();
        });
        router.route().order(-1).handler(proxy);
        // Vert.x' own refusals (no Host header, a target its router cannot read) in the API's error shape,
        // not Quarkus' error page
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.statusCode() == 400) {
                badRequest(rc);
            } else {
                rc.next();
            }
        });
        router.errorHandler(400, this::badRequest);
    }

    /** The check Quarkus makes before routing (see {@code GatewayMain}): the target must parse as a URI. */
    static boolean readableTarget(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void badRequest(RoutingContext rc) {
        Throwable failure = rc.failure();
        // Vert.x' own messages name the cause (a missing Host); a target that does not decode has no useful one
        String message = failure instanceof VertxException && failure.getMessage() != null
                ? failure.getMessage()
                : "invalid request target";
        // the raw path: the refused target may not decode, and the route table reads any spelling
        boolean registryApi = routes.resolve(rc.request().path()) == Target.REGISTRY;
        (registryApi ? GatewayError.UNSUPPORTED : GatewayError.BAD_REQUEST).send(rc.response(), message);
    }
}
