package io.berth.e2e.docker;

import static io.berth.e2e.support.Cli.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.e2e.support.Cli;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Docker daemon as a client of a deploy/local suite: a multi-layer image pushed and pulled,
 * a second push that uploads nothing, a cross-repository push that mounts its layers, a pull by
 * digest, and after {@code docker logout} a private pull refused with the daemon's usual words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedEngine.class)
class DockerClientIT {

    private static final String ADMIN = HarborApi.basic("admin", "Harbor12345");
    private static final int LAYERS = 3;
    private static final Pattern DIGEST = Pattern.compile("1: digest: (sha256:[0-9a-f]{64}) size:");

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("docker-client");

    /** HTTP/1.1: the JDK client's h2c upgrade of a GET with a large answer was seen to hang. */
    private final HttpClient metrics = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private DockerEngine docker;
    private String host;
    private String digest;

    @BeforeAll
    void up(DockerEngine engine) throws Exception {
        docker = engine;
        host = berth.host();
        Path work = berth.work();
        OciLayout layout = new OciLayout(work.resolve("layers"), 16);
        layout.tag(layout.image(LAYERS, 1024 * 1024, "amd64"), OciLayout.MANIFEST, "latest");
        // into the daemon as it would come from a build: skopeo writes to its API socket
        assertOk(Command.run(work, List.of("skopeo", "--insecure-policy", "copy", "--dest-daemon-host", docker.host(),
                "oci:" + layout.dir() + ":latest", "docker-daemon:berth-test/layers:1"), Map.of(), Duration.ofMinutes(5)));
        berth.api().createProject(ADMIN, "dockerprivate", false);
        assertOk(docker.docker("login", "-u", "admin", "-p", "Harbor12345", host));
    }

    /** The engine is shared and its data root kept: what this class put there goes. */
    @AfterAll
    void down() throws Exception {
        if (docker != null && host != null) {
            docker.docker("logout", host);
            for (String image : List.of("berth-test/layers:1", host + "/library/layers:1", host + "/dockerprivate/layers:1")) {
                docker.docker("rmi", "-f", image);
            }
        }
    }

    @Test
    @Order(1)
    void aMultiLayerImageIsPushedAndPulledBack() throws Exception {
        String image = host + "/library/layers:1";
        assertOk(docker.docker("tag", "berth-test/layers:1", image));
        Cli.Run push = docker.docker("push", image);
        assertOk(push);
        assertEquals(LAYERS, count(push.output(), ": Pushed"), push.toString());
        Matcher m = DIGEST.matcher(push.output());
        assertTrue(m.find(), push.toString());
        digest = m.group(1);
        String imageId = docker.dockerOk("image", "inspect", "--format", "{{.Id}}", image).strip();

        assertOk(docker.docker("rmi", image, "berth-test/layers:1"));
        assertFalse(docker.docker("image", "inspect", image).ok());
        assertOk(docker.docker("pull", image));
        assertEquals(imageId, docker.dockerOk("image", "inspect", "--format", "{{.Id}}", image).strip(), "the same image");
        assertEquals(LAYERS, Integer.parseInt(docker.dockerOk("image", "inspect", "--format", "{{len .RootFS.Layers}}", image)
                .strip()));
    }

    @Test
    @Order(2)
    void aSecondPushOfTheSameImageUploadsNothing() throws Exception {
        long uploadsBefore = uploadRequests("", "");
        assertTrue(uploadRequests("PATCH", "") >= LAYERS, "the first push streamed its layers to registry-core");
        Cli.Run push = docker.docker("push", host + "/library/layers:1");
        assertOk(push);
        assertEquals(LAYERS, count(push.output(), ": Layer already exists"), push.toString());
        assertEquals(0, count(push.output(), ": Pushed"), push.toString());
        assertEquals(uploadsBefore, uploadRequests("", ""), "no upload started on registry-core");
    }

    @Test
    @Order(3)
    void aCrossRepositoryPushMountsItsLayers() throws Exception {
        String other = host + "/dockerprivate/layers:1";
        assertOk(docker.docker("tag", host + "/library/layers:1", other));
        long mountsBefore = uploadRequests("POST", "201");
        Cli.Run push = docker.docker("push", other);
        assertOk(push);
        assertEquals(LAYERS, count(push.output(), ": Mounted from library/layers"), push.toString());
        // a mount is a POST ...?mount=&from= answered 201 Created, where an upload starts with 202
        assertEquals(mountsBefore + LAYERS, uploadRequests("POST", "201"), "registry-core mounted every layer");
    }

    @Test
    @Order(4)
    void anImageIsPulledByDigest() throws Exception {
        assertOk(docker.docker("rmi", host + "/library/layers:1", host + "/dockerprivate/layers:1"));
        String byDigest = host + "/library/layers@" + digest;
        Cli.Run pull = docker.docker("pull", byDigest);
        assertOk(pull);
        assertTrue(pull.output().contains("Digest: " + digest), pull.toString());
        assertTrue(docker.dockerOk("image", "inspect", "--format", "{{json .RepoDigests}}", byDigest)
                .contains(host + "/library/layers@" + digest));
    }

    @Test
    @Order(5)
    void afterLogoutAPrivatePullIsRefusedWithTheDaemonsUsualMessage() throws Exception {
        assertOk(docker.docker("logout", host));
        Cli.Run pull = docker.docker("pull", host + "/dockerprivate/layers:1");
        assertEquals(1, pull.exit(), pull.toString());
        assertTrue(pull.output().contains("pull access denied for " + host + "/dockerprivate/layers, repository does not"
                + " exist or may require 'docker login'"), pull.toString());
        assertOk(docker.docker("pull", host + "/library/layers:1")); // the public project still pulls anonymously
    }

    /**
     * Requests registry-core counted on its upload routes (POST to start or mount, PATCH, PUT),
     * of one method and answer status, "" meaning any.
     */
    private long uploadRequests(String method, String status) throws Exception {
        HttpResponse<String> r = metrics.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + berth.suite().port("BERTH_REGISTRY_PORT") + "/q/metrics"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        long total = 0;
        for (String line : r.body().lines().toList()) {
            if (line.startsWith("http_server_requests_seconds_count{") && line.contains("/blobs/uploads")
                    && line.contains("method=\"" + method) && line.contains("status=\"" + status)) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static int count(String text, String needle) {
        return (int) text.lines().filter(l -> l.contains(needle)).count();
    }
}
