package io.berth.e2e.proxycache;

import static io.berth.e2e.support.Cli.Refusal.DENIED;
import static io.berth.e2e.support.Cli.assertOk;
import static io.berth.e2e.support.Cli.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.image.Sha256;
import io.berth.testsupport.registry.DistributionRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Harbor 2.x proxy-cache projects and the mirror's own cache projects, through the gateway of one
 * suite in mirror mode (registry_proxy_remoteurl = a local docker-registry behind Basic auth): the
 * registries API with sealed credentials, a proxy-cache project of that upstream (Docker Hub type,
 * so {@code <p>/hello} is {@code library/hello} upstream), refused pushes, cached tags served with
 * the upstream down, and proxy_create_projects on, then off (re-prepared, ui-service restarted).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProxyCacheIT {

    private static final String ADMIN = "admin:Harbor12345";
    private static final String ADMIN_AUTH = HarborApi.basic("admin", "Harbor12345");
    private static final String UP_USER = "mirror";
    private static final String UP_PASSWORD = "Upstream-s3cret-42";

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("proxycache").config(ProxyCacheIT::mirrorOfUpstream);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;
    private DistributionRegistry upstream;
    private Path work;
    private Cli cli;
    private HarborApi api;
    private String host;
    private OciLayout image;
    private OciLayout.Blob manifest;
    private long registryId;

    /** An upstream docker-registry behind Basic auth holding the image under three names; the suite mirrors it. */
    Map<String, String> mirrorOfUpstream() throws Exception {
        work = berth.work();
        cli = berth.cli();
        image = new OciLayout(work.resolve("layout"), 7);
        manifest = image.image(2, 16 * 1024, "amd64");
        image.tag(manifest, OciLayout.MANIFEST, "v1");
        upstream = berth.closeAfter(DistributionRegistry.start(work.resolve("upstream"),
                DistributionRegistry.htpasswd(work, UP_USER, UP_PASSWORD)));
        for (String repo : List.of("library/hello", "auto1/hello", "auto2/hello")) {
            assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", UP_USER + ":" + UP_PASSWORD,
                    "oci:" + image.dir() + ":v1", "docker://" + upstream.hostPort() + "/" + repo + ":v1"));
        }
        return Map.of(
                "registry_proxy_remoteurl", upstream.url(),
                "registry_proxy_username", UP_USER,
                "registry_proxy_password", UP_PASSWORD,
                "proxy_create_projects", "on");
    }

    @BeforeAll
    void clients() {
        suite = berth.suite();
        api = berth.api();
        host = berth.host();
    }

    @Test
    @Order(1)
    void registriesApiStoresTheSecretSealedAndNeverReturnsIt() throws Exception {
        String body = """
                {"name":"local-hub","type":"docker-hub","url":"%s","insecure":false,
                 "credential":{"type":"basic","access_key":"%s","access_secret":"%s"}}"""
                .formatted(upstream.url(), UP_USER, UP_PASSWORD);
        HttpResponse<String> created = api.send("POST", "/api/v2.0/registries", ADMIN_AUTH, body);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        registryId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals(409, api.send("POST", "/api/v2.0/registries", ADMIN_AUTH, body).statusCode());
        assertEquals(401, api.send("GET", "/api/v2.0/registries", null, null).statusCode());

        JsonNode one = api.expect(200, "GET", "/api/v2.0/registries/" + registryId, ADMIN_AUTH, null);
        assertEquals("docker-hub", one.path("type").asText());
        assertEquals(UP_USER, one.path("credential").path("access_key").asText());
        assertEquals("*****", one.path("credential").path("access_secret").asText());
        HttpResponse<String> list = api.send("GET", "/api/v2.0/registries?page=1&page_size=1", ADMIN_AUTH, null);
        assertEquals(200, list.statusCode());
        assertEquals("1", list.headers().firstValue("X-Total-Count").orElse(""));
        assertFalse(list.body().contains(UP_PASSWORD), list.body());

        // the masked secret sent back keeps the stored one: ping by id still logs in upstream
        api.expect(200, "PUT", "/api/v2.0/registries/" + registryId, ADMIN_AUTH,
                "{\"description\":\"the test upstream\",\"credential\":{\"type\":\"basic\",\"access_key\":\""
                        + UP_USER + "\",\"access_secret\":\"*****\"}}");
        api.expect(200, "POST", "/api/v2.0/registries/ping", ADMIN_AUTH, "{\"id\":" + registryId + "}");
        assertEquals(400, api.send("POST", "/api/v2.0/registries/ping", ADMIN_AUTH,
                "{\"type\":\"docker-registry\",\"url\":\"" + upstream.url() + "\",\"credential\":{\"type\":\"basic\","
                        + "\"access_key\":\"" + UP_USER + "\",\"access_secret\":\"wrong\"}}").statusCode());

        String stored = storedSecret("local-hub");
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(UP_PASSWORD), stored);

        // a second endpoint, unused, can be deleted
        HttpResponse<String> other = api.send("POST", "/api/v2.0/registries", ADMIN_AUTH,
                "{\"name\":\"spare\",\"type\":\"docker-registry\",\"url\":\"http://127.0.0.1:9\"}");
        assertEquals(201, other.statusCode(), other.body());
        String spare = other.headers().firstValue("Location").orElseThrow();
        api.expect(200, "DELETE", spare.substring(spare.indexOf("/api/")), ADMIN_AUTH, null);
        assertEquals(404, api.send("GET", spare.substring(spare.indexOf("/api/")), ADMIN_AUTH, null).statusCode());
    }

    @Test
    @Order(2)
    void aProxyCacheProjectPullsLibraryNamesFromItsRegistry() throws Exception {
        api.expect(201, "POST", "/api/v2.0/projects", ADMIN_AUTH,
                "{\"project_name\":\"hub\",\"registry_id\":" + registryId + ",\"metadata\":{\"public\":\"true\"}}");
        assertEquals(registryId, api.expect(200, "GET", "/api/v2.0/projects/hub", ADMIN_AUTH, null)
                .path("registry_id").asLong());
        assertEquals(412, api.send("DELETE", "/api/v2.0/registries/" + registryId, ADMIN_AUTH, null).statusCode());

        Path out = pull("hub/hello:v1", ADMIN);
        assertEquals(manifest.digest(), Sha256.of(out.resolve("manifest.json")));
        for (String layer : image.lastLayers()) {
            assertEquals(layer, Sha256.of(out.resolve(layer.substring("sha256:".length()))));
        }
        assertEquals(manifest.digest(), Sha256.of(pull("hub/hello@" + manifest.digest(), null)
                .resolve("manifest.json")));
        Path storage = Path.of(suite.env().get("BERTH_STORAGE_DIR"));
        assertTrue(Files.isDirectory(storage.resolve("docker/registry/v2/repositories/hub/hello/_manifests")),
                "cached under the project's name");
        assertFalse(Files.exists(storage.resolve("docker/registry/v2/repositories/library/hello")));

        String table = Files.readString(storage.resolve("_berth/proxy-projects.json"));
        assertTrue(table.contains("\"hub\""), table);
        assertFalse(table.contains(UP_PASSWORD), "registry-core keeps the secret sealed: " + table);
    }

    @Test
    @Order(3)
    void pushesIntoACacheProjectAreRefusedWith403() throws Exception {
        Cli.Run push = cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ADMIN,
                "oci:" + image.dir() + ":v1", "docker://" + host + "/hub/mine:v1");
        assertRefused(push, DENIED);

        String token = api.token(ADMIN_AUTH, "repository:hub/mine:pull,push");
        assertFalse(token.isEmpty());
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(
                URI.create(suite.gatewayUrl() + "/v2/hub/mine/blobs/uploads/"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("DENIED"), upload.body());
    }

    @Test
    @Order(4)
    void mirrorModeCreatesAPublicCacheProjectOnFirstPullAndKeepsPushesElsewhere() throws Exception {
        assertEquals(404, api.send("HEAD", "/api/v2.0/projects?project_name=auto1", ADMIN_AUTH, null).statusCode());
        assertEquals(manifest.digest(), Sha256.of(pull("auto1/hello:v1", null).resolve("manifest.json")));
        JsonNode found = api.expect(200, "GET", "/api/v2.0/projects?name=auto1", null, null);
        assertEquals(1, found.size(), found.toString());
        assertEquals("true", found.get(0).path("metadata").path("public").asText());

        Cli.Run push = cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ADMIN,
                "oci:" + image.dir() + ":v1", "docker://" + host + "/auto1/mine:v1");
        assertRefused(push, DENIED);
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ADMIN,
                "oci:" + image.dir() + ":v1", "docker://" + host + "/library/own:v1"));
        assertEquals(manifest.digest(), Sha256.of(pull("library/own:v1", ADMIN).resolve("manifest.json")));
    }

    @Test
    @Order(5)
    void cachedTagsStillPullWithTheUpstreamDown() throws Exception {
        upstream.close();
        assertEquals(manifest.digest(), Sha256.of(pull("hub/hello:v1", ADMIN).resolve("manifest.json")));
        assertEquals(manifest.digest(), Sha256.of(pull("auto1/hello:v1", null).resolve("manifest.json")));
    }

    @Test
    @Order(6)
    void withProxyCreateProjectsOffAPullIntoAMissingProjectIsDenied() throws Exception {
        suite.stopPart("ui");
        setCfg("proxy_create_projects", "off");
        Process prepare = new ProcessBuilder(LocalSuite.root().resolve("prepare").toString(), "--conf",
                suite.cfgFile().toString(), "--local", "--data", suite.dataDir().toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("prepare.out").toFile()).start();
        assertTrue(prepare.waitFor(3, TimeUnit.MINUTES) && prepare.exitValue() == 0,
                Files.readString(work.resolve("prepare.out")));
        suite.startPart("ui");

        // no project, so the token grants nothing and the registry refuses before asking upstream
        assertRefused(cli.skopeo("copy", "--src-tls-verify=false", "--src-creds", ADMIN,
                "docker://" + host + "/auto2/hello:v1", "dir:" + work.resolve("auto2")), DENIED);
        assertEquals(404, api.send("HEAD", "/api/v2.0/projects?project_name=auto2", ADMIN_AUTH, null).statusCode());
        // the cache project made before still serves (the upstream is still down)
        assertEquals(manifest.digest(), Sha256.of(pull("hub/hello:v1", ADMIN).resolve("manifest.json")));
    }

    private Path pull(String ref, String creds) throws Exception {
        Path out = work.resolve("out-" + ref.replaceAll("[^a-z0-9]", "_") + "-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("copy", "--src-tls-verify=false"));
        if (creds == null) {
            args.add("--src-no-creds");
        } else {
            args.addAll(List.of("--src-creds", creds));
        }
        args.addAll(List.of("docker://" + host + "/" + ref, "dir:" + out));
        assertOk(cli.skopeo(args.toArray(String[]::new)));
        return out;
    }

    private String storedSecret(String name) throws Exception {
        String password = Files.readString(Path.of(suite.env().get("BERTH_DB_PASSWORD_FILE"))).strip();
        String url = "jdbc:mariadb://127.0.0.1:" + suite.port("BERTH_DB_PORT") + "/berth_core";
        try (Connection c = DriverManager.getConnection(url, "root", password);
                PreparedStatement s = c.prepareStatement("SELECT access_secret FROM registry WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no registry row " + name);
                return r.getString(1);
            }
        }
    }

    private void setCfg(String key, String value) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(suite.cfgFile())) {
            lines.add(line.matches("^\\s*" + key + "\\s*=.*") ? key + " = " + value : line);
        }
        Files.write(suite.cfgFile(), lines);
    }


}
