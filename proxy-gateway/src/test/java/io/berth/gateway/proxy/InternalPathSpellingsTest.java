package io.berth.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.gateway.support.RawHttp;
import io.berth.gateway.support.UpstreamsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No spelling of {@code /internal} passes the gateway: generated combinations of case, percent
 * encoding (once and twice), matrix parameters on any segment, empty, dot and {@code ..;}
 * segments, in origin and absolute form. Paths that only resemble it are still routed, matrix
 * parameters read the way RESTEasy reads them.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
class InternalPathSpellingsTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void noSpellingOfInternalIsForwarded() throws Exception {
        List<String> leaks = new ArrayList<>();
        Set<String> spellings = spellings();
        for (String target : spellings) {
            RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                    "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2", "{}".getBytes());
            // 404 from the route table, or 400 where the HTTP layer already refuses the target
            boolean refused = response.status() == 404 && response.bodyText().contains("\"NOT_FOUND\"")
                    || response.status() == 400;
            if (!refused || response.header("X-Upstream") != null) {
                leaks.add(target + " -> " + response.status() + " " + response.header("X-Upstream"));
            }
        }
        assertTrue(spellings.size() > 200, "only " + spellings.size() + " spellings");
        assertTrue(leaks.isEmpty(), leaks.size() + " of " + spellings.size() + " passed: " + leaks);
    }

    @ParameterizedTest
    @CsvSource({
            "/internalx/v1/events, ui",
            "/v2/internal/app/manifests/latest, registry",
            "/api/v2.0/projects/internal, ui",
            "/api/v2.0/projects;x/internal, ui",
            "/v2;x/p/r/tags/list, registry",
            "/c;x/login, auth",
            "/service;v=1/token, auth",
            "/api;x/v2.0/users;y/current, auth",
    })
    void pathsThatOnlyResembleItAreRoutedAsTheUpstreamsReadThem(String uri, String upstream) throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(), "GET " + uri + " HTTP/1.1\r\nHost: localhost", null);

        assertEquals(200, response.status(), response.bodyText());
        JsonObject echo = new JsonObject(response.bodyText());
        assertEquals(upstream, echo.getString("upstream"));
        assertEquals(uri, echo.getString("uri"));
    }

    /** Request targets that every upstream reads, or could read, as a path under /internal. */
    static Set<String> spellings() {
        List<String> names = List.of("internal", "INTERNAL", "Internal", "%69nternal", "%2569nternal", "inte%72nal",
                "%49%4e%54%45%52%4e%41%4c", "internal%2f");
        List<String> parameters = List.of("", ";", ";x", ";a=b;c=d", "%3bx", "%253Bx", ";/");
        List<String> before = List.of("", "/", "/.", "/%2e", "/v2/..", "/v2/%2e%2e", "/api;x/..", "/x/..;", "/x/..;y",
                "/x/%2e%2e;", "\\", "/./.");
        List<String> after = List.of("", "/", "/v1/events", "/v1;x/events;y", "//v1//events", "/v1/./events",
                "/v1%2fevents", ";x/v1/events");
        Set<String> paths = new LinkedHashSet<>();
        for (String name : names) {
            for (String parameter : parameters) {
                paths.add("/" + name + parameter + "/v1/events");
            }
        }
        for (String prefix : before) {
            for (String suffix : after) {
                paths.add(prefix + "/internal;x" + suffix);
                paths.add(prefix + "/INTERNAL" + suffix);
            }
        }
        Set<String> targets = new LinkedHashSet<>(paths);
        for (String path : paths) {
            if (path.startsWith("/") && !path.startsWith("//")) {
                targets.add("http://localhost" + path);
            }
        }
        targets.add("HTTP://LOCALHOST:8080/internal;x/v1/events");
        targets.add("http://gw.example/%69nternal;x/v1/access");
        return targets;
    }
}
