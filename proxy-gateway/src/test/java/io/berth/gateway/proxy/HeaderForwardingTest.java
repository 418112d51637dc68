package io.berth.gateway.proxy;

import io.berth.gateway.support.RawHttp;
import io.berth.gateway.support.UpstreamsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** End-to-end headers pass both ways, hop-by-hop ones stay behind, X-Forwarded-* are set. */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
class HeaderForwardingTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void keepsTheOriginalHostAndSetsForwardedHeaders() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(), String.join("\r\n",
                "GET /v2/ HTTP/1.1",
                "Host: registry.example.com:5443",
                "Authorization: Bearer abc.def.ghi",
                "X-Forwarded-For: 10.1.2.3",
                "X-Forwarded-Proto: https",
                "Forwarded: for=6.6.6.6;proto=https",
                "User-Agent: docker/24.0"), null);

        JsonObject headers = new JsonObject(response.bodyText()).getJsonObject("headers");
        assertEquals("registry.example.com:5443", headers.getString("host"));
        assertEquals("Bearer abc.def.ghi", headers.getString("authorization"));
        assertEquals("docker/24.0", headers.getString("user-agent"));
        assertEquals("10.1.2.3, 127.0.0.1", headers.getString("x-forwarded-for"));
        assertEquals("http", headers.getString("x-forwarded-proto"), "the client may not claim https");
        assertEquals("registry.example.com:5443", headers.getString("x-forwarded-host"));
        assertEquals("5443", headers.getString("x-forwarded-port"));
        assertNull(headers.getString("forwarded"));
    }

    @Test
    void derivesThePortFromTheSchemeWhenTheHostHasNone() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "GET /api/v2.0/ping HTTP/1.1\r\nHost: harbor.example.com", null);

        JsonObject headers = new JsonObject(response.bodyText()).getJsonObject("headers");
        assertEquals("harbor.example.com", headers.getString("host"));
        assertEquals("80", headers.getString("x-forwarded-port"));
        assertEquals("127.0.0.1", headers.getString("x-forwarded-for"));
    }

    @Test
    void dropsHopByHopHeadersAndThoseNamedInConnection() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(), String.join("\r\n",
                "GET /api/v2.0/projects HTTP/1.1",
                "Host: localhost",
                "Connection: X-Hop-Secret",
                "X-Hop-Secret: 42",
                "Keep-Alive: timeout=5",
                "TE: trailers",
                "Proxy-Authorization: Basic Zm9vOmJhcg==",
                "X-End-To-End: kept"), null);

        JsonObject headers = new JsonObject(response.bodyText()).getJsonObject("headers");
        assertEquals("kept", headers.getString("x-end-to-end"));
        for (String hop : List.of("x-hop-secret", "keep-alive", "te", "proxy-authorization")) {
            assertFalse(headers.containsKey(hop), hop + " was forwarded");
        }
    }

    @Test
    void preservesWwwAuthenticateOnChallenges() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "GET /v2/p/r/challenge HTTP/1.1\r\nHost: localhost", null);

        assertEquals(401, response.status());
        assertEquals("Bearer realm=\"http://gw.example/service/token\",service=\"harbor-registry\",scope=\"repository:p/r:pull\"",
                response.header("WWW-Authenticate"));
    }

    @Test
    void preservesLocationAndRepeatedHeaders() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "POST /v2/p/r/blobs/uploads/created HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0", null);

        assertEquals(201, response.status());
        assertEquals("/v2/p/r/blobs/uploads/abc?_state=x%2By", response.header("Location"));
        List<String> multi = response.headers().stream().filter(h -> h[0].equalsIgnoreCase("X-Multi")).map(h -> h[1]).toList();
        assertEquals(List.of("one", "two"), multi);
    }
}
