package io.berth.gateway.proxy;

import io.berth.gateway.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With an upstream down or silent, the gateway answers 502 with a short JSON error. */
@QuarkusTest
@TestProfile(UpstreamDownTest.NothingListening.class)
class UpstreamDownTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void answersBadGatewayWhenTheUpstreamIsDown() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "PUT /v2/p/r/blobs/uploads/u HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5", "hello".getBytes());

        assertEquals(502, response.status());
        assertEquals("application/json", response.header("Content-Type"));
        JsonObject error = new JsonObject(response.bodyText()).getJsonArray("errors").getJsonObject(0);
        assertEquals("BAD_GATEWAY", error.getString("code"));
    }

    @Test
    void dropsTheUnreadBodyAndClosesTheConnectionOnBadGateway() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", gateway.getPort())) {
            socket.setSoTimeout(20_000);
            String smuggled = "GET /internal/v1/events HTTP/1.1\r\nHost: localhost\r\n\r\n";
            socket.getOutputStream().write(("PUT /v2/p/r/blobs/uploads/u HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                    + smuggled.length() + "\r\n\r\n" + smuggled).getBytes());
            String answer = new String(socket.getInputStream().readAllBytes());

            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 502"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.toLowerCase().contains("connection: close"), answer);
            org.junit.jupiter.api.Assertions.assertFalse(answer.contains("NOT_FOUND"), "the body was read as a request: " + answer);
        }
    }

    @Test
    void answersBadGatewayWhenTheUpstreamStaysSilent() throws Exception {
        // the idle timeout (2 s) answers; without it the exchange would hit RawHttp's 30 s read timeout
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(), "GET /api/v2.0/projects HTTP/1.1\r\nHost: localhost", null);

        assertEquals(502, response.status());
    }

    public static class NothingListening implements QuarkusTestProfile {
        /** Bound but never accepting: connections complete in the backlog and then hear nothing. */
        private static ServerSocket silent;

        @Override
        public Map<String, String> getConfigOverrides() {
            String dead = "http://127.0.0.1:" + closedPort();
            return Map.of("gateway.registry-url", dead, "gateway.ui-url", silentUrl(), "gateway.auth-url", dead,
                    "gateway.idle-timeout-seconds", "2");
        }

        private static synchronized String silentUrl() {
            try {
                if (silent == null) {
                    silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
                }
                return "http://127.0.0.1:" + silent.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
