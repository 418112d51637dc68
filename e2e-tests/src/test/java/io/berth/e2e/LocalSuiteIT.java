package io.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.e2e.support.DumpLogsOnFailure;
import io.berth.e2e.support.LocalSuite;
import io.berth.testsupport.http.EarlyAnswerClient;
import io.berth.testsupport.http.EarlyAnswerClient.Answer;
import io.berth.testsupport.http.EarlyAnswerClient.Pace;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** deploy/local up brings every part up; down leaves nothing behind. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;

    @RegisterExtension
    final DumpLogsOnFailure dump = new DumpLogsOnFailure(() -> suite);

    @BeforeAll
    void up() throws Exception {
        suite = LocalSuite.start("basic", Map.of());
    }

    @AfterAll
    void down() throws Exception {
        if (suite != null) {
            suite.close();
        }
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
        HttpResponse<String> root = get(suite.gatewayUrl() + "/");
        assertTrue(root.statusCode() < 500, "gateway / answered " + root.statusCode() + ": " + root.body());
        assertEquals(404, get(suite.gatewayUrl() + "/internal/v1/events").statusCode());
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
    @Order(2)
    void refusalsGivenBeforeTheBodyWasReadReachTheClientThroughTheGateway() throws Exception {
        int gateway = suite.port("BERTH_GATEWAY_PORT");
        String host = "Host: " + suite.gatewayUrl().substring("http://".length()) + "\r\n";
        String basic = java.util.Base64.getEncoder().encodeToString("nobody:Wrong-Pw1".getBytes());
        record Refusal(String head, long length, int status, String code) {
        }
        long above = 24L * 1024 * 1024;
        long within = 6L * 1024 * 1024;
        List<Refusal> refusals = List.of(
                // registry-core: an anonymous push gets its challenge
                new Refusal("PUT /v2/library/early/manifests/big HTTP/1.1\r\n" + host
                        + "Content-Type: application/vnd.oci.image.manifest.v1+json", above, 401, "UNAUTHORIZED"),
                // ui-service: wrong Basic credentials
                new Refusal("POST /api/v2.0/projects HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
                        + "Authorization: Basic " + basic, within, 401, "UNAUTHORIZED"),
                // auth-service: the token service takes no POST
                new Refusal("POST /service/token HTTP/1.1\r\n" + host + "Content-Type: application/json", within,
                        405, "METHOD_NOT_ALLOWED"),
                // the gateway itself
                new Refusal("POST /internal/v1/events HTTP/1.1\r\n" + host + "Content-Type: application/json", above,
                        404, "NOT_FOUND"));
        for (Refusal refusal : refusals) {
            for (Pace pace : List.of(Pace.FAST, Pace.SLOW, Pace.WRITE_THEN_READ)) {
                long length = pace == Pace.WRITE_THEN_READ ? Math.min(refusal.length(), within) : refusal.length();
                Answer answer = EarlyAnswerClient.send(gateway, refusal.head(), length, pace);

                String what = pace + " " + refusal.head().lines().findFirst().orElse("") + ": " + answer.body();
                assertEquals(refusal.status(), answer.status(), what);
                assertTrue(answer.body().contains("\"code\":\"" + refusal.code() + "\""), what);
                assertTrue(answer.closes(), what);
                if (refusal.status() == 401 && refusal.head().startsWith("PUT /v2/")) {
                    assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer realm="), what);
                }
            }
        }
    }

    @Test
    @Order(3)
    void logLinesOfAllFiveServicesArriveInLogCollectorsFilesPerTag() throws Exception {
        List<String> missing = new ArrayList<>(LocalSuite.SERVICE_TAGS);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            missing.removeIf(tag -> {
                Path file = suite.logDir().resolve(tag + ".log");
                try {
                    return Files.isRegularFile(file) && Files.readString(file).contains(" started in ");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            Thread.sleep(500);
        }
        assertEquals(List.of(), missing, "services whose startup line never reached " + suite.logDir());
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
