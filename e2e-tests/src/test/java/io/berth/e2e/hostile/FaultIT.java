package io.berth.e2e.hostile;

import static io.berth.e2e.support.Cli.assertOk;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.image.Sha256;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A part killed with {@code kill -9} costs nothing that was acknowledged: in one suite, under
 * continuous pushes (chunked uploads), pulls and REST API writes through the gateway, each part in
 * turn (log-collector, the gateway, auth-service, ui-service, registry-core, the database) is
 * killed with its whole process group and restarted with {@code deploy/local start}. Then every
 * push answered 201 is still served whole by its tag and listed by ui-service, every project and
 * user created with a 201 exists, every tag of the pushed repositories resolves to complete
 * content, every stored blob matches its digest, no pull was ever served wrong bytes, and no
 * other part was stopped or restarted by the fault. Findings are listed per killed part and
 * written to {@code e2e-tests/target/hostile-faults.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT {

    private static final String ADMIN = HarborApi.basic("admin", "Harbor12345");
    /** Cheap parts first, the database last: a part that fails to come back leaves the later cycles without it. */
    private static final List<String> KILLED = List.of("log", "gateway", "auth", "ui", "registry", "db");
    /** Operations that must succeed after a part is back, proving the suite recovered. */
    private static final int RECOVERY_PUSHES = 2;

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("hostile-faults");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;
    private HarborApi api;
    private Workload workload;
    private String pullAll;
    private final Map<String, List<String>> findings = new TreeMap<>();

    @BeforeAll
    void trafficOnRealContent() throws Exception {
        suite = berth.suite();
        api = berth.api();
        api.createProject(ADMIN, Workload.PROJECT, false);
        OciLayout layout = new OciLayout(berth.work().resolve("layout"), 31);
        layout.tag(layout.image(2, 32 * 1024, "amd64"), OciLayout.MANIFEST, "v1");
        assertOk(berth.cli().skopeo("copy", "--dest-tls-verify=false", "--dest-creds", "admin:Harbor12345",
                "oci:" + layout.dir() + ":v1", "docker://" + berth.host() + "/" + Workload.PROJECT + "/seed:v1"));
        List<String> scopes = new ArrayList<>();
        for (int i = 0; i < Workload.REPOSITORIES; i++) {
            scopes.add("repository:" + Workload.PROJECT + "/r" + i + ":pull,push");
        }
        workload = new Workload(suite.gatewayUrl(), ADMIN, token(scopes),
                token(List.of("repository:" + Workload.PROJECT + "/seed:pull")), Workload.PROJECT + "/seed", "v1");
        workload.start();
    }

    @AfterAll
    void stopTraffic() throws Exception {
        if (workload != null) {
            workload.close();
        }
    }

    @Test
    @Order(1)
    void eachPartKilledMidTrafficComesBackWithNothingAcknowledgedLostAndNoOtherPartStopped() throws Exception {
        for (String part : KILLED) {
            if (!cycle(part)) {
                break; // a part that cannot come back leaves nothing to learn from the next cycles
            }
        }
        workload.close();
        verifyAcknowledged();
        verifyNothingHalfWritten();
        BadInputIT.report("hostile-faults.txt", "faults found", findings);
    }

    /**
     * Traffic flows (one push done, the next under way), the part dies with everything it spawned,
     * traffic meets the hole, the part returns, traffic flows again.
     */
    private boolean cycle(String part) throws Exception {
        int pushed = workload.pushes.size();
        workload.demand(2);
        Eventually.awaitTrue("pushes flowing before " + part + " is killed", Duration.ofMinutes(3),
                () -> workload.pushes.size() >= pushed + 1);
        Map<String, Long> others = new LinkedHashMap<>();
        for (String p : LocalSuite.PARTS) {
            if (!p.equals(part)) {
                others.put(p, suite.pid(p).orElseThrow());
            }
        }
        long pid = suite.pid(part).orElseThrow();
        kill(pid);
        // the traffic meets the dead part: at least two more pushes and API writes are tried
        int pushTries = workload.pushAttempts.get();
        int apiTries = workload.apiAttempts.get();
        workload.demand(RECOVERY_PUSHES);
        Eventually.awaitTrue("traffic against the dead " + part, Duration.ofMinutes(2),
                () -> workload.pushAttempts.get() > pushTries + 1 && workload.apiAttempts.get() > apiTries + 1);
        try {
            suite.startPart(part);
        } catch (IllegalStateException e) {
            finding(part, "deploy/local start " + part + " failed after kill -9: " + e.getMessage());
            return false;
        }
        int back = workload.pushes.size();
        int written = workload.projects.size() + workload.users.size();
        int pulled = workload.pulls.get();
        workload.demand(RECOVERY_PUSHES);
        if (!Eventually.holdsWithin(Duration.ofMinutes(3), () -> workload.pushes.size() >= back + RECOVERY_PUSHES
                && workload.projects.size() + workload.users.size() > written && workload.pulls.get() > pulled)) {
            finding(part, "after " + part + " restarted, pushes or API writes did not succeed again within 3 minutes");
        }
        for (Map.Entry<String, Long> o : others.entrySet()) {
            long now = suite.pid(o.getKey()).orElse(-1);
            boolean alive = ProcessHandle.of(o.getValue()).map(ProcessHandle::isAlive).orElse(false);
            if (now != o.getValue() || !alive) {
                finding(part, o.getKey() + " (pid " + o.getValue() + ") stopped while " + part + " was killed and restarted"
                        + (now != o.getValue() ? "; its pid file now says " + now : ""));
            }
        }
        System.out.printf("FaultIT: %s killed and back; %d pushes, %d projects, %d users acknowledged, %d pulls%n", part,
                workload.pushes.size(), workload.projects.size(), workload.users.size(), workload.pulls.get());
        return true;
    }

    private void verifyAcknowledged() throws Exception {
        if (!Eventually.holdsWithin(Eventually.EVENTS, () -> !StateSnapshot.outboxPending(suite))) {
            finding("events", "registry-core's outbox still holds undelivered events");
        }
        for (Workload.Push p : workload.pushes) {
            String problem = resolves(p.repository(), p.tag(), p.manifestDigest(), p.blobs());
            if (problem != null) {
                finding("pushes", "acknowledged push " + p.repository() + ":" + p.tag() + " lost: " + problem);
            }
        }
        List<Workload.Push> unlisted = new ArrayList<>(workload.pushes);
        Eventually.holdsWithin(Eventually.EVENTS, () -> {
            unlisted.removeIf(p -> {
                try {
                    HttpResponse<String> r = api.send("GET", "/api/v2.0/projects/" + Workload.PROJECT + "/repositories/"
                            + p.repository().substring(Workload.PROJECT.length() + 1) + "/artifacts/" + p.tag(), ADMIN, null);
                    return r.statusCode() == 200 && HarborApi.JSON.readTree(r.body()).path("digest").asText()
                            .equals(p.manifestDigest());
                } catch (Exception e) {
                    return false;
                }
            });
            return unlisted.isEmpty();
        });
        unlisted.forEach(p -> finding("events", "acknowledged push " + p.repository() + ":" + p.tag()
                + " never listed by ui-service"));
        for (String project : workload.projects) {
            if (api.send("GET", "/api/v2.0/projects/" + project, ADMIN, null).statusCode() != 200) {
                finding("api", "acknowledged project " + project + " lost");
            }
        }
        for (String user : workload.users) {
            JsonNode found = api.expect(200, "GET", "/api/v2.0/users/search?username=" + user, ADMIN, null);
            boolean present = false;
            for (JsonNode u : found) {
                present |= user.equals(u.path("username").asText());
            }
            if (!present) {
                finding("api", "acknowledged user " + user + " lost");
            }
        }
    }

    private void verifyNothingHalfWritten() throws Exception {
        workload.servedBroken.forEach(b -> finding("pulls", b));
        for (int i = 0; i < Workload.REPOSITORIES; i++) {
            String repo = Workload.PROJECT + "/r" + i;
            HttpResponse<String> tags = get("/v2/" + repo + "/tags/list", pullToken());
            if (tags.statusCode() == 404) {
                continue;
            }
            for (JsonNode tag : HarborApi.JSON.readTree(tags.body()).path("tags")) {
                String problem = resolves(repo, tag.asText(), null, null);
                if (problem != null) {
                    finding("storage", "tag " + repo + ":" + tag.asText() + " is visible but broken: " + problem);
                }
            }
        }
        Path blobs = Path.of(suite.env().get("BERTH_STORAGE_DIR"), "docker/registry/v2/blobs/sha256");
        try (Stream<Path> walk = Files.walk(blobs)) {
            for (Path data : walk.filter(p -> p.getFileName().toString().equals("data")).toList()) {
                String want = "sha256:" + data.getParent().getFileName();
                String got = Sha256.of(data);
                if (!want.equals(got)) {
                    finding("storage", "blob " + want + " holds " + Files.size(data) + " bytes of " + got);
                }
            }
        }
    }

    /** Null when the tag serves the manifest (of this digest, if given) and every blob it names, whole. */
    private String resolves(String repo, String tag, String digest, List<String> blobs) throws Exception {
        String token = pullToken();
        HttpResponse<byte[]> m = http.send(request("/v2/" + repo + "/manifests/" + tag, token)
                .header("Accept", Workload.OCI_MANIFEST).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (m.statusCode() != 200) {
            return "manifest GET answered " + m.statusCode();
        }
        String served = Sha256.of(m.body());
        if (digest != null && !digest.equals(served)) {
            return "the tag serves " + served + " instead of " + digest;
        }
        List<String> named = new ArrayList<>();
        JsonNode manifest = HarborApi.JSON.readTree(m.body());
        named.add(manifest.path("config").path("digest").asText());
        manifest.path("layers").forEach(l -> named.add(l.path("digest").asText()));
        if (blobs != null && !named.containsAll(blobs)) {
            return "the manifest names " + named + ", not " + blobs;
        }
        for (String blob : named) {
            HttpResponse<byte[]> b = http.send(request("/v2/" + repo + "/blobs/" + blob, token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (b.statusCode() != 200) {
                return "blob " + blob + " answered " + b.statusCode();
            }
            if (!blob.equals(Sha256.of(b.body()))) {
                return "blob " + blob + " served " + b.body().length + " bytes of " + Sha256.of(b.body());
            }
        }
        return null;
    }

    /** SIGKILL to the part's whole process group (deploy/local starts each part in its own session). */
    private static void kill(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start();
        if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -KILL -" + pid + " failed");
        }
        Eventually.awaitTrue("pid " + pid + " gone", Duration.ofMinutes(1),
                () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    /** One pull token for every repository the workload pushes to, taken once. */
    private String pullToken() throws Exception {
        if (pullAll == null) {
            List<String> scopes = new ArrayList<>();
            for (int i = 0; i < Workload.REPOSITORIES; i++) {
                scopes.add("repository:" + Workload.PROJECT + "/r" + i + ":pull");
            }
            pullAll = token(scopes);
        }
        return pullAll;
    }

    private void finding(String where, String what) {
        synchronized (findings) {
            findings.computeIfAbsent(where, k -> new ArrayList<>()).add(what);
        }
    }

    private String token(List<String> scopes) throws Exception {
        StringBuilder q = new StringBuilder("/service/token?service=harbor-registry");
        for (String s : scopes) {
            q.append("&scope=").append(URLEncoder.encode(s, StandardCharsets.UTF_8));
        }
        return api.expect(200, "GET", q.toString(), ADMIN, null).path("token").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
    }
}
