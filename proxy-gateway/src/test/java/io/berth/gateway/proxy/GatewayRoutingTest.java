package io.berth.gateway.proxy;

import io.berth.gateway.support.RawHttp;
import io.berth.gateway.support.UpstreamsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each path reaches the right real upstream with its raw URI; /internal never leaves the gateway. */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
class GatewayRoutingTest {

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest
    @CsvSource({
            "/v2/, registry",
            "/v2, registry",
            "/v2/library/alpine/manifests/latest, registry",
            "/v2/_catalog?n=10&last=a, registry",
            "/service/token?service=harbor-registry&scope=repository:p/r:pull%2Cpush, auth",
            "/c/login, auth",
            "/c/log_out, auth",
            "/api/v2.0/users, auth",
            "/api/v2.0/users/current, auth",
            "/api/v2.0/users/search?username=bob, auth",
            "/api/v2.0/projects?page=2&page_size=5, ui",
            "/api/v2.0/usersx, ui",
            "/api/v2.0/ldap/ping, auth",
            "/api/v2.0/ldap/users/search?username=test, auth",
            "/api/v2.0/ldapx, ui",
            "/api/v2.0/health, ui",
            "/, ui",
            "/harbor/projects, ui",
            "/v2foo, ui",
            "/service/notifications, ui",
    })
    void routesEachPathToItsUpstreamWithTheUriUntouched(String uri, String upstream) throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(), "GET " + uri + " HTTP/1.1\r\nHost: localhost", null);

        assertEquals(200, response.status(), response.bodyText());
        JsonObject echo = new JsonObject(response.bodyText());
        assertEquals(upstream, echo.getString("upstream"));
        assertEquals(uri, echo.getString("uri"));
    }

    @Test
    void passesDoublyEncodedRepositoryNamesAsTheyAre() throws Exception {
        String uri = "/api/v2.0/projects/library/repositories/team%252Fapp/artifacts?q=tags%3D~v1&with_tag=true";

        RawHttp.Response response = RawHttp.exchange(gateway.getPort(), "GET " + uri + " HTTP/1.1\r\nHost: localhost", null);

        JsonObject echo = new JsonObject(response.bodyText());
        assertEquals("ui", echo.getString("upstream"));
        assertEquals(uri, echo.getString("uri"));
    }

    @Test
    void turnsAnAbsoluteFormTargetIntoAPath() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "GET http://localhost/v2/p/r/tags/list?n=1 HTTP/1.1\r\nHost: localhost", null);

        JsonObject echo = new JsonObject(response.bodyText());
        assertEquals("registry", echo.getString("upstream"));
        assertEquals("/v2/p/r/tags/list?n=1", echo.getString("uri"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost/internal/v1/events",
            "/internal/v1/events",
            "/internal",
            "/internal/",
            "/INTERNAL/v1/access",
            "/%69nternal/v1/events",
            "/%2finternal/v1/events",
            "//internal/v1/events",
            "/v2/../internal/v1/events",
            "/api/./../internal/v1/authenticate",
    })
    void neverForwardsInternalPaths(String uri) throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "POST " + uri + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2", "{}".getBytes());

        assertEquals(404, response.status());
        assertEquals(null, response.header("X-Upstream"), "an upstream answered");
        JsonObject error = new JsonObject(response.bodyText()).getJsonArray("errors").getJsonObject(0);
        assertEquals("NOT_FOUND", error.getString("code"));
    }

    @Test
    void recordsRequestMetricsByRouteNotByPath() throws Exception {
        RawHttp.exchange(gateway.getPort(), "GET /v2/p/r/manifests/sha256:0123abcd HTTP/1.1\r\nHost: localhost", null);
        RawHttp.exchange(gateway.getPort(), "GET /api/v2.0/projects/p1/repositories HTTP/1.1\r\nHost: localhost", null);

        String metrics = RawHttp.exchange(gateway.getPort(), "GET /q/metrics HTTP/1.1\r\nHost: localhost", null).bodyText();

        assertTrue(metrics.contains("uri=\"/v2/*\""), "no /v2/* series");
        assertTrue(metrics.contains("uri=\"/api/*\""), "no /api/* series");
        assertTrue(!metrics.contains("sha256:0123abcd") && !metrics.contains("/projects/p1"), "a raw path became a metric tag");
    }

    @Test
    void keepsItsOwnHealthAndMetricsLocal() throws Exception {
        RawHttp.Response ready = RawHttp.exchange(gateway.getPort(), "GET /q/health/ready HTTP/1.1\r\nHost: localhost", null);
        RawHttp.Response metrics = RawHttp.exchange(gateway.getPort(), "GET /q/metrics HTTP/1.1\r\nHost: localhost", null);

        assertEquals(200, ready.status());
        assertTrue(ready.bodyText().contains("\"UP\""), ready.bodyText());
        assertEquals(null, ready.header("X-Upstream"));
        assertEquals(200, metrics.status());
        assertTrue(metrics.bodyText().contains("jvm_"), "prometheus metrics expected");
    }
}
