package io.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.e2e.support.PathWithout;
import io.berth.testsupport.http.EarlyAnswerClient;
import io.berth.testsupport.http.EarlyAnswerClient.Answer;
import io.berth.testsupport.http.EarlyAnswerClient.Pace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * deploy/local runs the whole suite on one machine, on a PATH without curl (a fresh machine with a
 * JDK, Maven and git has none): every part ready on its own port, the gateway as the one entry
 * (routing "/" to ui-service and nothing to /internal, passing early refusals on), Harbor's
 * health view, every service's log in log-collector's files, a second suite side by side,
 * restarting one part never touching the others, and down leaving nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteIT {

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("basic").environment(LocalSuiteIT::withoutCurl);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;
    private String pathWithoutCurl;

    /** Every deploy/local command of the suite runs with a PATH that hides curl. */
    Map<String, String> withoutCurl() throws Exception {
        pathWithoutCurl = PathWithout.create(scratch("path-without-curl"), Set.of("curl"));
        return Map.of("PATH", pathWithoutCurl);
    }

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

    /** The suite above came up, and status, stop and start below run, with this PATH. */
    @Test
    @Order(1)
    void theSuiteRunsOnAPathWithoutCurl() {
        assertEquals(Optional.empty(), PathWithout.which(pathWithoutCurl, "curl"), "curl is hidden");
        assertTrue(PathWithout.which(pathWithoutCurl, "java").isPresent(), "java is not");
    }

    @Test
    @Order(1)
    void upNamesAMissingCommandBeforeItStartsAnything() throws Exception {
        Path dir = scratch("no-java");
        String path = PathWithout.create(dir.resolve("bin"), Set.of("java"));
        ProcessBuilder pb = new ProcessBuilder(LocalSuite.root().resolve("deploy/local").toString(), "up")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("up.out").toFile());
        pb.environment().put("PATH", path);
        pb.environment().put("BERTH_CFG", suite.cfgFile().toString());
        pb.environment().put("BERTH_DATA", dir.resolve("data").toString());
        Process up = pb.start();
        assertTrue(up.waitFor(2, TimeUnit.MINUTES), "deploy/local up did not return");
        String output = Files.readString(dir.resolve("up.out"));
        assertEquals(1, up.exitValue(), output);
        assertTrue(output.contains("missing command(s) on the PATH: java "), output);
        assertFalse(Files.exists(dir.resolve("data")), "nothing prepared or started:\n" + output);
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
        // each answer carries a CSRF token of its own; the rest is the same page
        assertEquals(withoutCsrfTokens(direct.body()), withoutCsrfTokens(viaGateway.body()));
        assertEquals(direct.headers().firstValue("Content-Type"), viaGateway.headers().firstValue("Content-Type"));
        // the internal API is answered by the gateway itself, never forwarded (ui-service would say 401)
        HttpResponse<String> internal = get(suite.gatewayUrl() + "/internal/v1/events");
        assertEquals(404, internal.statusCode(), internal.body());
        assertEquals("NOT_FOUND", new ObjectMapper().readTree(internal.body()).path("errors").path(0).path("code").asText(),
                internal.body());
    }

    /** The page with its per-answer CSRF token values blanked (header and form field alike). */
    private static String withoutCsrfTokens(String page) {
        return page.replaceAll("(\"X-Harbor-CSRF-Token\":\")[^\"]*", "$1")
                .replaceAll("(name=\"_csrf\" value=\")[^\"]*", "$1");
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
                // kept open only once the whole body was in: the upstream reads on after answering
                // early, so the gateway may have passed it all before the answer came back
                assertTrue(answer.closes() || answer.written() == length, what + " (kept open after "
                        + answer.written() + " of " + length + " bytes)");
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

    /**
     * Until the part's child process has exec'd java, /proc shows a copy of the shell: start must
     * wait on the pid it started, not judge it by its command line. A FIFO as the part's console
     * log holds the child there (its open blocks until a reader comes) while start keeps probing.
     */
    @Test
    @Order(5)
    void startWaitsForAPartThatHasNotExecutedYet() throws Exception {
        Map<String, Long> others = pidsBut("gateway");
        suite.stopPart("gateway");
        Path console = suite.runDir().resolve("gateway.log");
        Files.deleteIfExists(console);
        Process mkfifo = new ProcessBuilder("mkfifo", console.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Process start = suite.deployLocalInBackground(Map.of(), "start", "gateway");
        try {
            long child = startedPid(start, "gateway");
            assertFalse(ProcessHandle.of(child).flatMap(h -> h.info().command()).orElse("").endsWith("/java"),
                    "the child is held before exec");
            int port = suite.port("BERTH_GATEWAY_PORT");
            try (ServerSocket probes = new ServerSocket()) {
                probes.setReuseAddress(true);
                probes.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                probes.setSoTimeout(500);
                int seen = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (seen < 2) {
                    assertTrue(start.isAlive(), "start gave up on a part that had not exec'd yet:\n"
                            + suite.output("start", "gateway"));
                    assertTrue(System.nanoTime() < deadline, "no readiness probes reached the gateway's port");
                    try (Socket probe = probes.accept()) {
                        seen++;
                    } catch (SocketTimeoutException e) {
                        // no probe in this half second; look again
                    }
                }
            }
        } finally {
            releaseFifo(console, suite.runDir().resolve("gateway-console-copy.log"));
        }
        assertTrue(start.waitFor(5, TimeUnit.MINUTES), "start did not return");
        assertEquals(0, start.exitValue(), suite.output("start", "gateway"));
        assertEquals(200, get(suite.gatewayUrl() + "/q/health/ready").statusCode());
        assertEquals(others, pidsBut("gateway"), "the other parts were never restarted");
    }

    /**
     * Opens the FIFO for reading, which lets the child open its end and go on, copies what comes
     * through into {@code copy}, and unlinks the FIFO once opened (the open ends live on): a
     * later read of the part's log must never block on a FIFO without a writer.
     */
    private static void releaseFifo(Path fifo, Path copy) throws Exception {
        java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var in = Files.newInputStream(fifo)) {
                opened.countDown();
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                opened.countDown(); // the copy is only for reading after the fact
            }
        }, "fifo-reader");
        reader.setDaemon(true);
        reader.start();
        opened.await(1, TimeUnit.MINUTES);
        Files.deleteIfExists(fifo);
    }

    @Test
    @Order(6)
    void aFailedStartOfOnePartLeavesTheOthersRunning() throws Exception {
        Map<String, Long> others = pidsBut("gateway");
        suite.stopPart("gateway");

        LocalSuite.Result exited = suite.deployLocal(Map.of("BERTH_JAVA_OPTS", "-XX:+NoSuchBerthOption"), "start", "gateway");
        assertEquals(1, exited.exit(), exited.output());
        assertTrue(exited.output().contains("gateway exited before it was ready"), exited.output());
        assertTrue(exited.output().contains("NoSuchBerthOption"), "the part's log is shown:\n" + exited.output());

        try (ServerSocket squatter = new ServerSocket(suite.port("BERTH_GATEWAY_PORT"), 1, InetAddress.getLoopbackAddress())) {
            LocalSuite.Result taken = suite.deployLocal("start", "gateway");
            assertEquals(1, taken.exit(), taken.output());
            assertTrue(taken.output().contains("gateway cannot start: another program listens on its port "
                    + suite.port("BERTH_GATEWAY_PORT")), taken.output());
        }

        assertEquals(others, pidsBut("gateway"), "no other part was stopped or restarted");
        LocalSuite.Result status = suite.status();
        for (String part : LocalSuite.PARTS) {
            String expected = part.equals("gateway") ? "stopped" : "ready";
            assertTrue(status.output().lines().anyMatch(l -> l.startsWith(part + " ") && l.contains(expected)),
                    part + " " + expected + " in\n" + status.output());
        }
        suite.startPart("gateway");
        assertEquals(0, suite.status().exit(), "all ready again");
    }

    /** Every part's pid but one's, each checked alive. */
    private Map<String, Long> pidsBut(String excluded) throws Exception {
        Map<String, Long> pids = new java.util.TreeMap<>();
        for (String part : LocalSuite.PARTS) {
            if (!part.equals(excluded)) {
                long pid = suite.pid(part).orElseThrow(() -> new AssertionError("no pid file for " + part));
                assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), part + " (pid " + pid + ") alive");
                pids.put(part, pid);
            }
        }
        return pids;
    }

    /** The pid deploy/local start recorded for the part it started (its pid file, once written). */
    private long startedPid(Process start, String part) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            java.util.OptionalLong pid = java.util.OptionalLong.empty();
            try {
                pid = suite.pid(part);
            } catch (NumberFormatException e) {
                // the file is being written
            }
            if (pid.isPresent()) {
                return pid.getAsLong();
            }
            assertTrue(start.isAlive(), "start ended before it started the part:\n" + suite.output("start", part));
            assertTrue(System.nanoTime() < deadline, "no pid file for " + part);
            Thread.sleep(100);
        }
    }

    private static Path scratch(String name) throws java.io.IOException {
        return Files.createDirectories(LocalSuite.root().resolve("e2e-tests/target/scratch")
                .resolve(name + "-" + System.nanoTime()));
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
