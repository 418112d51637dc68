package io.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * deploy/local runs the whole suite on one machine: every part ready on its own port, the gateway
 * as the one entry (routing "/" to ui-service and nothing to /internal), Harbor's health view,
 * every service's log in log-collector's files, a second suite side by side, and down leaving
 * no process behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteIT {

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("basic");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;

    @BeforeAll
    void up() {
        suite = berth.suite();
    }

    @Test
    @Order(1)
    void everyServiceIsReadyOnItsOwnPort() throws Exception {
        for (String key : List.of("BERTH_LOG_HTTP_PORT", "BERTH_REGISTRY_PORT", "BERTH_AUTH_PORT", "BERTH_UI_PORT",
                "BERTH_GATEWAY_PORT")) {
            HttpResponse<String> r = get("http://127.0.0.1:" + suite.port(key) + "/q/health/ready");
            assertEquals(200, r.statusCode(), key + ": " + r.body());
        }
        try (Socket db = new Socket()) {
            db.connect(new InetSocketAddress("127.0.0.1", suite.port("BERTH_DB_PORT")), 3000);
        }
        LocalSuite.Result status = suite.status();
        assertEquals(0, status.exit(), status.output());
        for (String part : LocalSuite.PARTS) {
            assertTrue(status.output().lines().anyMatch(l -> l.startsWith(part + " ") && l.contains("ready")),
                    part + " in\n" + status.output());
        }
    }

    @Test
    @Order(2)
    void gatewayListensOnTheHostnamePortAndNeverRoutesInternal() throws Exception {
        assertTrue(suite.gatewayUrl().endsWith(":" + suite.port("BERTH_GATEWAY_PORT")));
        assertEquals("http://" + suite.gatewayUrl().substring("http://".length()), suite.env().get("BERTH_EXTERNAL_URL"));
        // "/" belongs to ui-service: the gateway passes on exactly what ui-service answers there
        HttpResponse<String> viaGateway = get(suite.gatewayUrl() + "/");
        HttpResponse<String> direct = get("http://127.0.0.1:" + suite.port("BERTH_UI_PORT") + "/");
        assertEquals(direct.statusCode(), viaGateway.statusCode(), "gateway /: " + viaGateway.body());
        assertEquals(direct.body(), viaGateway.body());
        assertEquals(direct.headers().firstValue("Content-Type"), viaGateway.headers().firstValue("Content-Type"));
        // the internal API is answered by the gateway itself, never forwarded (ui-service would say 401)
        HttpResponse<String> internal = get(suite.gatewayUrl() + "/internal/v1/events");
        assertEquals(404, internal.statusCode(), internal.body());
        assertEquals("NOT_FOUND", new ObjectMapper().readTree(internal.body()).path("errors").path(0).path("code").asText(),
                internal.body());
    }

    @Test
    @Order(2)
    void harborHealthThroughTheGatewayShowsEveryComponentHealthy() throws Exception {
        HttpResponse<String> r = get(suite.gatewayUrl() + "/api/v2.0/health");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode health = new ObjectMapper().readTree(r.body());
        List<String> components = new ArrayList<>();
        health.path("components").forEach(c -> {
            components.add(c.path("name").asText());
            assertEquals("healthy", c.path("status").asText(), c.toString());
        });
        assertEquals("healthy", health.path("status").asText(), r.body());
        for (String name : List.of("ui", "registry", "auth", "log", "database")) {
            assertTrue(components.contains(name), name + " in " + r.body());
        }
    }

    @Test
    @Order(3)
    void logLinesOfAllFiveServicesArriveInLogCollectorsFilesPerTag() throws Exception {
        List<String> missing = new ArrayList<>(LocalSuite.SERVICE_TAGS);
        Eventually.awaitTrue("the startup line of " + missing + " in " + suite.logDir(), Eventually.SETTINGS, () -> {
            missing.removeIf(tag -> {
                Path file = suite.logDir().resolve(tag + ".log");
                try {
                    return Files.isRegularFile(file) && Files.readString(file).contains(" started in ");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            return missing.isEmpty();
        });
    }

    @Test
    @Order(4)
    void aSecondSuiteRunsSideBySide() throws Exception {
        try (LocalSuite second = LocalSuite.start("second", Map.of("harbor_admin_password", "Other12345",
                "token_expiration", "15"))) {
            assertNotEquals(suite.dataDir(), second.dataDir());
            for (String key : List.of("BERTH_GATEWAY_PORT", "BERTH_UI_PORT", "BERTH_DB_PORT", "BERTH_SYSLOG_PORT")) {
                assertNotEquals(suite.port(key), second.port(key), key);
                assertEquals(200, get("http://127.0.0.1:" + second.port(key.equals("BERTH_DB_PORT")
                        || key.equals("BERTH_SYSLOG_PORT") ? "BERTH_UI_PORT" : key) + "/q/health/ready").statusCode());
            }
            assertEquals(200, get(suite.gatewayUrl() + "/q/health/ready").statusCode(), "first suite unaffected");
        }
        assertEquals(200, get(suite.gatewayUrl() + "/q/health/ready").statusCode(), "first suite survives the second's down");
        assertEquals(0, suite.status().exit());
    }

    @Test
    @Order(9)
    void downLeavesNoProcessBehind() throws Exception {
        List<Long> pids = new ArrayList<>();
        for (String part : LocalSuite.PARTS) {
            pids.add(suite.pid(part).orElseThrow(() -> new AssertionError("no pid file for " + part)));
        }
        assertNotEquals(List.of(), suite.processes(), "the suite's processes are visible while it runs");
        suite.close();
        for (long pid : pids) {
            assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "pid " + pid + " still alive");
        }
        assertEquals(List.of(), suite.processes().stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList(),
                "processes of the suite left behind (mariadbd included)");
        assertNotEquals(0, suite.status().exit(), "status reports a stopped suite");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
