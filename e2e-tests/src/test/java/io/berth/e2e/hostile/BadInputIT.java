package io.berth.e2e.hostile;

import static io.berth.e2e.support.Cli.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.hostile.BadRequests.Probe;
import io.berth.e2e.hostile.RawHttp.Answer;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Malformed requests cannot hurt Berth: through the gateway of one suite holding real content (a
 * private project with a member and a pushed image, a registry endpoint, an open upload), a
 * generated set of malformed requests reaches every route of {@code /v2/}, {@code /service/token},
 * {@code /c/} and {@code /api/v2.0/} ({@link BadRequests}: wrong types, overflowing numbers, huge
 * and empty bodies, invalid UTF-8, control characters, path tricks, garbled credentials). None may
 * answer 5xx or drop the connection, every 4xx carries the protocol's error body, and afterwards
 * every database row and every stored file is as before and the image still pulls.
 * Failures are listed per service, each with its request and answer, and written to
 * {@code e2e-tests/target/hostile-bad-input.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

    private static final String ADMIN = HarborApi.basic("admin", "Harbor12345");
    private static final String PASSWORD = "Passw0rd1";
    private static final int THREADS = 4;
    /**
     * Where requests that guess a password come from. auth-service holds back an address that
     * guessed wrong for many names (429 for every name): the admin's own calls, from 127.0.0.1,
     * must not be held back by the probes' wrong guesses.
     */
    private static final String GUESSER = "127.0.0.3";

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("hostile-input").config(BadInputIT::closedRegistration);

    private LocalSuite suite;
    private HarborApi api;
    private OciLayout.Blob image;
    private final Map<String, String> context = new LinkedHashMap<>();
    private String uploadUuid;
    private String registryToken;
    private StateSnapshot before;
    private final Map<String, List<String>> failures = new TreeMap<>();

    /** Without self-registration, a request with garbled credentials is anonymous and can create nothing. */
    Map<String, String> closedRegistration() {
        return Map.of("self_registration", "off");
    }

    @BeforeAll
    void realContent() throws Exception {
        suite = berth.suite();
        api = berth.api();
        for (String user : List.of("hmember", "houtsider")) {
            api.expect(201, "POST", "/api/v2.0/users", ADMIN, "{\"username\":\"" + user + "\",\"email\":\"" + user
                    + "@example.com\",\"realname\":\"" + user + "\",\"password\":\"" + PASSWORD + "\",\"comment\":\"x\"}");
        }
        api.createProject(ADMIN, "hostile", false);
        api.addMember(ADMIN, "hostile", "hmember", 2);
        OciLayout layout = new OciLayout(berth.work().resolve("layout"), 13);
        image = layout.image(1, 4 * 1024, "amd64");
        layout.tag(image, OciLayout.MANIFEST, "v1");
        assertOk(berth.cli().skopeo("copy", "--dest-tls-verify=false", "--dest-creds", "admin:Harbor12345",
                "oci:" + layout.dir() + ":v1", "docker://" + berth.host() + "/hostile/app:v1"));
        HttpResponse<String> endpoint = api.send("POST", "/api/v2.0/registries", ADMIN,
                "{\"name\":\"hostile-endpoint\",\"type\":\"docker-registry\",\"url\":\"http://127.0.0.1:9\"}");
        assertEquals(201, endpoint.statusCode(), endpoint.body());
        String location = endpoint.headers().firstValue("Location").orElseThrow();

        context.put("project", "hostile");
        context.put("repo", "app");
        context.put("name", "hostile/app");
        context.put("reference", "v1");
        context.put("ref", "v1");
        context.put("tag", "v1");
        context.put("digest", layout.lastLayers().get(0));
        context.put("uid", String.valueOf(userId("hmember")));
        context.put("mid", String.valueOf(memberId("hostile", "hmember")));
        context.put("rid", location.substring(location.lastIndexOf('/') + 1));
        context.put("gcid", "1");

        registryToken = tokenFor("repository:hostile/app:pull,push,delete", "registry:catalog:*");
        Answer upload = raw().send("POST", "/v2/hostile/app/blobs/uploads/".getBytes(StandardCharsets.US_ASCII),
                Map.of("Authorization", "Bearer " + registryToken), new byte[0]);
        assertEquals(202, upload.status(), upload.text());
        String uploadPath = URI.create(upload.header("location")).getPath();
        uploadUuid = uploadPath.substring(uploadPath.lastIndexOf('/') + 1);
        context.put("uuid", uploadUuid);

        Eventually.awaitTrue("the seeded push in ui-service and the outbox empty", Eventually.EVENTS,
                () -> api.send("GET", "/api/v2.0/projects/hostile/repositories/app/artifacts/v1", ADMIN, null)
                        .statusCode() == 200 && !StateSnapshot.outboxPending(suite));
        before = StateSnapshot.of(suite, this::volatileFile);
    }

    @Test
    @Order(1)
    void noMalformedRequestAnswers5xxAndEvery4xxCarriesTheProtocolsErrorBody() throws Exception {
        List<Probe> probes = new BadRequests(context, ADMIN, registryToken).all(RouteCatalogue.all());
        System.out.printf("BadInputIT: %d malformed requests over %d routes%n", probes.size(), RouteCatalogue.all().size());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            // reads, then deletes, then writes: each group finishes before the next starts
            for (List<Probe> group : groups(probes)) {
                List<Future<?>> sent = new ArrayList<>();
                for (Probe p : group) {
                    sent.add(pool.submit(() -> check(p)));
                }
                for (Future<?> f : sent) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("BadInputIT: sent in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        report("hostile-bad-input.txt", "malformed requests answered wrongly", failures);
    }

    @Test
    @Order(2)
    void theDatabaseAndTheStoredContentAreUnchangedAndTheImageStillPulls() throws Exception {
        Eventually.awaitTrue("registry events delivered", Eventually.EVENTS, () -> !StateSnapshot.outboxPending(suite));
        List<String> changed = before.differencesTo(StateSnapshot.of(suite, this::volatileFile));
        Path out = Path.of(LocalSuite.root().toString(), "e2e-tests/target/hostile-bad-input-state.txt");
        Files.writeString(out, String.join("\n", changed));
        assertEquals(List.of(), changed, "what the malformed requests changed (also in " + out + ")");
        Path pulled = berth.work().resolve("pulled");
        assertOk(berth.cli().skopeo("copy", "--src-tls-verify=false", "--src-creds", "admin:Harbor12345",
                "docker://" + berth.host() + "/hostile/app:v1", "dir:" + pulled));
        assertEquals(image.digest(), io.berth.testsupport.image.Sha256.of(pulled.resolve("manifest.json")));
    }

    private void check(Probe p) {
        String problem;
        Answer answer = null;
        try {
            answer = raw().send(guessesPassword(p) ? GUESSER : null, p.method(), p.target(), p.headers(), p.body());
            problem = ErrorBodies.problem(p, answer);
        } catch (Exception e) {
            problem = "request failed: " + e;
        }
        if (problem != null) {
            String body = answer == null ? "" : answer.text().replaceAll("\\s+", " ");
            String line = String.format("%s %s  [%s]  -> %s%s", p.method(), p.targetText(), p.what(), problem,
                    body.isEmpty() ? "" : "  body: " + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
            String service = owner(p, answer);
            synchronized (failures) {
                failures.computeIfAbsent(service, k -> new ArrayList<>()).add(line);
            }
        }
    }

    /** Whether a probe checks credentials other than the admin's and the registry token: a guess. */
    private boolean guessesPassword(Probe p) {
        String auth = p.headers().get("Authorization");
        return p.route().template().equals("/c/login") || p.route().template().equals("/service/token")
                || auth != null && !auth.equals(ADMIN) && !auth.equals("Bearer " + registryToken);
    }

    /** Who should have answered better: the gateway for what its parser refuses or its 502s, else the route's service. */
    private static String owner(Probe p, Answer answer) {
        if (ErrorBodies.invalidTarget(p.target())) {
            return "proxy-gateway (it refuses an invalid request target before routing)";
        }
        if (answer != null && answer.status() == 502) {
            return "proxy-gateway (502: it reused an upstream connection the upstream had closed)";
        }
        if (answer != null && (answer.status() == 414 || answer.status() == 431) && answer.body().length == 0) {
            return p.route().service() + " (its HTTP limits refuse what the gateway let through)";
        }
        return p.route().service();
    }

    private static List<List<Probe>> groups(List<Probe> probes) {
        Map<Integer, List<Probe>> g = new TreeMap<>();
        for (Probe p : probes) {
            int order = switch (p.method()) {
                case "GET", "HEAD" -> 0;
                case "DELETE" -> 1;
                default -> 2;
            };
            g.computeIfAbsent(order, k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(g.values());
    }

    /** Writes the failures to a file and fails with them, grouped by the service that answered. */
    static void report(String file, String title, Map<String, List<String>> byService) throws Exception {
        if (byService.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        int total = 0;
        for (Map.Entry<String, List<String>> e : byService.entrySet()) {
            List<String> lines = new ArrayList<>(e.getValue());
            Collections.sort(lines);
            total += lines.size();
            b.append("== ").append(e.getKey()).append(": ").append(lines.size()).append('\n');
            lines.forEach(l -> b.append("  ").append(l).append('\n'));
        }
        Path out = Path.of(LocalSuite.root().toString(), "e2e-tests/target", file);
        Files.writeString(out, b.toString());
        System.out.println(b);
        throw new AssertionError(total + " " + title + " (listed in " + out + "):\n"
                + (b.length() > 20_000 ? b.substring(0, 20_000) + "\n..." : b));
    }

    /**
     * The open upload the probes aim at (a wrong digest may rightly cancel it), events in flight and
     * the storage health check's probe file.
     */
    private boolean volatileFile(String path) {
        return path.startsWith("_berth/outbox/") || path.startsWith("_berth/health/")
                || path.contains("/_uploads/" + uploadUuid + "/");
    }

    private RawHttp raw() {
        URI gateway = URI.create(suite.gatewayUrl());
        return new RawHttp(gateway.getHost(), gateway.getPort());
    }

    private String tokenFor(String... scopes) throws Exception {
        StringBuilder q = new StringBuilder("/service/token?service=harbor-registry");
        for (String s : scopes) {
            q.append("&scope=").append(java.net.URLEncoder.encode(s, StandardCharsets.UTF_8));
        }
        return api.expect(200, "GET", q.toString(), ADMIN, null).path("token").asText();
    }

    private long userId(String name) throws Exception {
        for (JsonNode u : api.expect(200, "GET", "/api/v2.0/users/search?username=" + name, ADMIN, null)) {
            if (name.equals(u.path("username").asText())) {
                return u.path("user_id").asLong();
            }
        }
        throw new AssertionError("no user " + name);
    }

    private long memberId(String project, String user) throws Exception {
        for (JsonNode m : api.expect(200, "GET", "/api/v2.0/projects/" + project + "/members", ADMIN, null)) {
            if (user.equals(m.path("entity_name").asText())) {
                return m.path("id").asLong();
            }
        }
        throw new AssertionError("no member " + user + " in " + project);
    }
}
