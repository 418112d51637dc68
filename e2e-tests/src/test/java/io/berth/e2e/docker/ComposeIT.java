package io.berth.e2e.docker;

import static io.berth.e2e.support.Cli.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.testsupport.files.Trees;
import io.berth.testsupport.image.OciLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's compose walkthrough on a real Docker engine, as a Harbor user would run it:
 * {@code ./prepare}, {@code docker-compose build} and {@code up -d}, every service healthy, then
 * the daemon as client ({@code docker login}, tag, push, rmi, pull, run), the audit log, each log
 * line once in log-collector's files, the data surviving {@code down} / {@code up -d}, and the
 * seed's mirror recipe: a {@code proxy:} section appended to the generated registry config, the
 * suite recreated without prepare, and a daemon started with {@code --registry-mirror} pulling
 * through Berth an image it has never seen, again with the upstream stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedEngine.class)
class ComposeIT {

    private static final String ADMIN = HarborApi.basic("admin", "Harbor12345");
    /** The six services and the container names the generated file gives them. */
    private static final List<String> SERVICES = List.of("log", "db", "registry", "ui", "auth", "gateway");
    /** Above the largest fast-jar (ui-service's, tens of MiB). */
    private static final int MAX_CONTEXT_MIB = 150;
    private static final Duration BUILD = Duration.ofMinutes(15);
    private static final Duration UP = Duration.ofMinutes(8);

    private DockerEngine docker;
    private Path dir;
    private Path compose;
    private int port;
    private String host;
    private HarborApi api;
    /** The digest docker push reported for library/hello:1. */
    private String pushed;

    @BeforeAll
    void prepareAndUp(DockerEngine engine, StandInImages standIns) throws Exception {
        docker = engine;
        dir = LocalSuite.root().resolve("e2e-tests/target/docker/compose-" + System.currentTimeMillis());
        Files.createDirectories(dir);
        standIns.await();
        port = LocalSuite.freePort();
        host = "127.0.0.1:" + port;
        api = new HarborApi("http://" + host);
        writeCfg(Map.of("hostname", host, "data_volume", dir.resolve("volumes").toString()));
        // the README's steps from a folder holding harbor.cfg: ./prepare, docker-compose build, up -d
        assertOk(Command.run(dir, List.of(LocalSuite.root().resolve("prepare").toString()), Map.of(), Duration.ofMinutes(2)));
        compose = Path.of("generated/docker-compose.yml");
        Cli.Run build = docker.compose(dir, compose, BUILD, "build");
        assertOk(build);
        assertSmallBuildContexts(build.output());
        assertOk(docker.compose(dir, compose, UP, "up", "-d"));
        awaitHealthy();
    }

    /**
     * Each image takes a module's fast-jar only; its {@code .dockerignore} keeps the rest of the
     * module (test databases and storage under target/ reach gigabytes) from being sent to the daemon.
     */
    private static void assertSmallBuildContexts(String output) {
        Matcher m = Pattern.compile("Sending build context to Docker daemon\\s+([0-9.]+)([kMG]?B)").matcher(output);
        int contexts = 0;
        for (; m.find(); contexts++) {
            double mib = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                case "GB" -> 1024;
                case "MB" -> 1;
                case "kB" -> 1.0 / 1024;
                default -> 1.0 / (1024 * 1024);
            };
            assertTrue(mib < MAX_CONTEXT_MIB, "a build context of " + m.group() + " in\n" + output);
        }
        assertEquals(SERVICES.size() - 1, contexts, "a build context per service but the database in\n" + output);
    }

    @AfterAll
    void down() throws Exception {
        if (compose != null) {
            docker.compose(dir, compose, UP, "down");
        }
        docker.docker("rm", "-f", "berth-upstream");
        // registry storage, database and logs are root-owned files of the containers: leave the
        // logs for post-mortems, drop the bulk
        Trees.delete(dir.resolve("volumes/registry"));
        Trees.delete(dir.resolve("volumes/database"));
    }

    @Test
    @Order(1)
    void prepareHelpPrintsItsUsage() throws Exception {
        Cli.Run help = Command.run(dir, List.of(LocalSuite.root().resolve("prepare").toString(), "--help"), Map.of(),
                Duration.ofMinutes(2));
        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.output().startsWith("usage: prepare [--conf FILE] [--out DIR | --local [--data DIR]]"), help.toString());
    }

    @Test
    @Order(1)
    void composePsShowsEveryServiceHealthy() throws Exception {
        String ps = docker.compose(dir, compose, UP, "ps").output();
        for (String service : SERVICES) {
            assertTrue(ps.lines().anyMatch(l -> l.startsWith("berth-" + service + " ") && l.contains("Up (healthy)")),
                    "berth-" + service + " healthy in\n" + ps);
        }
    }

    @Test
    @Order(2)
    void theDaemonLogsInPushesPullsAndRunsAnImage() throws Exception {
        HostBinaryImage.build(docker, dir, "berth-test/hello:1", Map.of("/bin/sh", Path.of("/bin/dash")), Map.of(
                "/hello.txt", "hello from an image pushed through Berth\n"), List.of("CMD [\"/bin/sh\"]"));
        assertOk(docker.docker("login", "-u", "admin", "-p", "Harbor12345", host));
        String image = host + "/library/hello:1";
        assertOk(docker.docker("tag", "berth-test/hello:1", image));
        Cli.Run push = docker.docker("push", image);
        assertOk(push);
        java.util.regex.Matcher digest = java.util.regex.Pattern.compile("1: digest: (sha256:[0-9a-f]{64})").matcher(push.output());
        assertTrue(digest.find(), push.toString());
        pushed = digest.group(1);
        assertOk(docker.docker("rmi", image, "berth-test/hello:1"));
        assertFalse(docker.docker("image", "inspect", image).ok(), "gone from the daemon");
        assertOk(docker.docker("pull", image));
        Cli.Run run = docker.docker("run", "--rm", "--network", "none", image, "/bin/sh", "-c", "read line < /hello.txt; echo \"$line\"");
        assertOk(run);
        assertEquals("hello from an image pushed through Berth", run.output().strip(), run.toString());
    }

    /** The push is entered by tag; the daemon pulls the manifest by digest once it knows it. */
    @Test
    @Order(3)
    void theAuditLogShowsThePushAndThePull() throws Exception {
        eventually("push and pull audited", () -> {
            List<JsonNode> found = audit();
            boolean push = found.stream().anyMatch(e -> e.path("operation").asText().equals("create")
                    && e.path("resource_type").asText().equals("artifact")
                    && e.path("resource").asText().equals("library/hello:1") && e.path("username").asText().equals("admin"));
            boolean pull = found.stream().anyMatch(e -> e.path("operation").asText().equals("pull")
                    && List.of("library/hello:1", "library/hello@" + pushed).contains(e.path("resource").asText())
                    && e.path("username").asText().equals("admin"));
            return push && pull ? found : null;
        });
    }

    /** Docker's syslog driver ships each container's console; the services' own handlers are off. */
    @Test
    @Order(3)
    void eachLogLineArrivesOnceInTheCollectorsFiles() throws Exception {
        for (String tag : List.of("gateway", "registry", "ui", "auth", "log")) {
            Path file = dir.resolve("volumes/logs/" + tag + ".log");
            List<String> started = eventually(tag + "'s startup line in " + file, () -> {
                List<String> lines = lines(file).stream().filter(l -> l.contains(" started in ")).toList();
                return lines.isEmpty() ? null : lines;
            });
            assertEquals(1, started.size(), tag + " started once, so one startup line:\n" + String.join("\n", started));
        }
        List<String> db = lines(dir.resolve("volumes/logs/db.log"));
        assertTrue(db.stream().anyMatch(l -> l.contains("ready for connections")), "the database's console arrives too");
    }

    @Test
    @Order(4)
    void dataSurvivesDownAndUp() throws Exception {
        assertOk(docker.compose(dir, compose, UP, "down"));
        assertTrue(docker.dockerOk("ps", "-aq").isBlank(), "down removed every container");
        assertOk(docker.compose(dir, compose, UP, "up", "-d"));
        awaitHealthy();
        String image = host + "/library/hello:1";
        assertOk(docker.docker("rmi", image));
        assertOk(docker.docker("pull", image));
        assertTrue(audit().stream().anyMatch(e -> e.path("resource").asText().equals("library/hello:1")),
                "the audit log is still there");
        assertEquals(200, api.send("GET", "/api/v2.0/projects/library/repositories/hello/artifacts/1", ADMIN, null)
                .statusCode());
    }

    /**
     * The seed's recipe, literally: an upstream registry on the compose network, {@code proxy:
     * remoteurl:} appended to the generated config.yml, stop, rm -f and up -d without prepare.
     */
    @Test
    @Order(5)
    void aDaemonWithRegistryMirrorPullsThroughBerthEvenWithTheUpstreamStopped() throws Exception {
        HostBinaryImage.build(docker, dir, "berth-test/upstream:1",
                Map.of("/bin/registry", Path.of("/usr/bin/docker-registry")),
                Map.of("/etc/registry.yml", "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\n"
                        + "http:\n  addr: :5000\n"),
                List.of("CMD [\"/bin/registry\", \"serve\", \"/etc/registry.yml\"]", "EXPOSE 5000"));
        int upstreamPort = LocalSuite.freePort();
        String network = "generated_berth"; // compose's project name is the folder of the file
        assertOk(docker.docker("run", "-d", "--name", "berth-upstream", "--network", network, "--network-alias", "upstream",
                "-p", "127.0.0.1:" + upstreamPort + ":5000", "berth-test/upstream:1"));
        Path layout = dir.resolve("mirror-image");
        OciLayout image = new OciLayout(layout, 15);
        image.tag(image.image(2, 512 * 1024, "amd64"), OciLayout.MANIFEST, "latest");
        Cli.Run copy = eventually("the upstream takes a push", () -> {
            try {
                Cli.Run r = Command.run(dir, List.of("skopeo", "--insecure-policy", "copy", "--dest-tls-verify=false",
                        "oci:" + layout + ":latest", "docker://127.0.0.1:" + upstreamPort + "/library/mirrored:1"), Map.of(),
                        Duration.ofMinutes(2));
                return r.ok() ? r : null;
            } catch (Exception e) {
                return null;
            }
        });
        assertTrue(copy.ok());

        Path registryConfig = dir.resolve("generated/registry/config.yml");
        Files.writeString(registryConfig, Files.readString(registryConfig) + "proxy:\n  remoteurl: http://upstream:5000\n");
        assertOk(docker.compose(dir, compose, UP, "stop"));
        assertOk(docker.compose(dir, compose, UP, "rm", "-f"));
        assertOk(docker.compose(dir, compose, UP, "up", "-d"));
        awaitHealthy();

        try (DockerEngine client = DockerEngine.start(dir.resolve("client-daemon/data"), dir.resolve("client-daemon"),
                List.of("--registry-mirror=http://" + host))) {
            assertFalse(client.docker("image", "inspect", "mirrored:1").ok(), "a daemon that never saw the image");
            Cli.Run pull = client.docker("pull", "mirrored:1");
            assertOk(pull);
            assertTrue(pull.output().contains("docker.io/library/mirrored:1"), pull.toString());
            assertTrue(Files.isDirectory(dir.resolve("volumes/registry/docker/registry/v2/repositories/library/mirrored")),
                    "cached in Berth's storage");

            assertOk(docker.docker("stop", "berth-upstream"));
            assertOk(client.docker("rmi", "mirrored:1"));
            Cli.Run again = client.docker("pull", "mirrored:1");
            assertOk(again);
        }
    }

    private void awaitHealthy() throws Exception {
        // one docker call per look for all six (each call is a process start, and this polls for minutes)
        List<String> args = new ArrayList<>(List.of("inspect", "--format", "{{.Name}} {{.State.Status}} {{.State.Health.Status}}"));
        SERVICES.forEach(s -> args.add("berth-" + s));
        eventually("every service healthy", () -> {
            List<String> states = docker.docker(args.toArray(String[]::new)).output().lines().toList();
            return states.stream().filter(s -> s.endsWith(" running healthy")).count() == SERVICES.size() ? states : null;
        });
    }

    /** Project library's audit entries (up to 100: this suite makes a handful). */
    private List<JsonNode> audit() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        api.expect(200, "GET", "/api/v2.0/projects/library/logs?page_size=100", ADMIN, null).forEach(found::add);
        return found;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** {@link Eventually#await} that shows the suite's state when the deadline passes. */
    private <T> T eventually(String what, Eventually.Probe<T> probe) throws Exception {
        try {
            return Eventually.await(what, UP, probe);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + docker.compose(dir, compose, UP, "ps").output(), e);
        }
    }

    private void writeCfg(Map<String, String> values) throws Exception {
        Map<String, String> left = new java.util.LinkedHashMap<>(values);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(LocalSuite.root().resolve("harbor.cfg"))) {
            int eq = line.indexOf('=');
            String key = eq > 0 && !line.startsWith("#") ? line.substring(0, eq).strip() : null;
            lines.add(key != null && left.containsKey(key) ? key + " = " + left.remove(key) : line);
        }
        left.forEach((k, v) -> lines.add(k + " = " + v));
        Files.write(dir.resolve("harbor.cfg"), lines);
    }
}
