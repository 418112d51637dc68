package io.berth.gateway.proxy;

import io.berth.gateway.support.GatewayInFront;
import io.berth.gateway.support.RawHttp;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway (its own main, as deployed) refuses a request target that is not a URI
 * (RFC 9112 3.2, RFC 3986) in the error shape of the API the path belongs to, before any upstream
 * sees it; Quarkus alone would answer an empty 400.
 */
class InvalidRequestTargetIT {

    @RegisterExtension
    static final GatewayInFront SERVERS = new GatewayInFront("invalid-target", List.of());

    @Test
    void refusesWhatIsNotAUriInTheApisOwnErrorShape() throws Exception {
        assertRefused("GET /v2/p/r/manifests/%ZZ HTTP/1.1\r\nHost: gw", "UNSUPPORTED", "invalid request target");
        assertRefused("GET /v2/p/r/tags/list?n=%G1 HTTP/1.1\r\nHost: gw", "UNSUPPORTED", "invalid request target");
        assertRefused("GET /v2/p/\u0001raw/manifests/latest HTTP/1.1\r\nHost: gw", "UNSUPPORTED", "invalid request target");
        assertRefused("GET /api/v2.0/projects?q=name%3D%ZZ HTTP/1.1\r\nHost: gw", "BAD_REQUEST", "invalid request target");
        assertRefused("GET /api/v2.0/projects/{x} HTTP/1.1\r\nHost: gw", "BAD_REQUEST", "invalid request target");
        assertRefused("GET /q/health/%ZZ HTTP/1.1\r\nHost: gw", "BAD_REQUEST", "invalid request target");
        assertEquals(0, SERVERS.upstream().connectionsOpened(), "a refused request reached the upstream");

        RawHttp.Response fine = RawHttp.exchange(SERVERS.gateway().port(), "GET /v2/p/r/manifests/%C3%A9 HTTP/1.1\r\nHost: gw", null);
        assertEquals(200, fine.status(), fine.bodyText());
        assertTrue(fine.bodyText().contains("\"upstream\":\"registry\""), fine.bodyText());
    }

    @Test
    void refusesARequestWithoutHostInHarborsShape() throws Exception {
        // RFC 9112 3.2: a server must answer 400 to an HTTP/1.1 request without Host
        RawHttp.Response answer = RawHttp.exchange(SERVERS.gateway().port(), "GET /api/v2.0/projects HTTP/1.1", null);

        assertEquals(400, answer.status(), answer.bodyText());
        JsonObject error = new JsonObject(answer.bodyText()).getJsonArray("errors").getJsonObject(0);
        assertEquals("BAD_REQUEST", error.getString("code"));
        assertTrue(error.getString("message").contains("Host"), error.encode());
    }

    private static void assertRefused(String head, String code, String message) throws Exception {
        RawHttp.Response answer = RawHttp.exchange(SERVERS.gateway().port(), head, null);

        assertEquals(400, answer.status(), head + ": " + answer.bodyText());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), head);
        JsonObject error = new JsonObject(answer.bodyText()).getJsonArray("errors").getJsonObject(0);
        assertEquals(code, error.getString("code"), head);
        assertEquals(message, error.getString("message"), head);
    }
}
