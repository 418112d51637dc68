package io.berth.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway. Quarkus answers a request target that is not a URI (a bad percent-escape, a
 * control byte) with an empty 400 before any route runs; that check is turned off here, before
 * Quarkus' HTTP classes load, and the gateway makes the same check as its first route, answering in
 * the API's error format ({@code io.berth.gateway.proxy.GatewayRoutes}).
 */
@QuarkusMain
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
