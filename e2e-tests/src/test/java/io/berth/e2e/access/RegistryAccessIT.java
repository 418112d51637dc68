package io.berth.e2e.access;

import static io.berth.e2e.support.Cli.Refusal.BAD_CREDENTIALS;
import static io.berth.e2e.support.Cli.Refusal.DENIED;
import static io.berth.e2e.support.Cli.Refusal.NOT_FOUND;
import static io.berth.e2e.support.Cli.assertOk;
import static io.berth.e2e.support.Cli.assertRefused;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.HarborApi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.image.Sha256;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may do what with real clients, through the gateway of one suite: skopeo and docker logins,
 * OCI, Docker v2 and multi-arch images copied in and out with identical digests (skopeo, podman),
 * anonymous pulls of public content only, the role table on real pushes, pulls and deletes,
 * tokens that open only their own repository and are refused once expired or tampered with, and
 * what pulls and deletes leave in the Harbor API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryAccessIT {

    private static final String ADMIN = "admin:Harbor12345";
    private static final String USER_PASSWORD = "Passw0rd1";
    private static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("access");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;
    private Path work;
    private Cli cli;
    private HarborApi api;
    private String host;
    private OciLayout image;
    private OciLayout.Blob manifest;
    private List<String> layers;

    @BeforeAll
    void images() throws Exception {
        suite = berth.suite();
        work = berth.work();
        cli = berth.cli();
        api = berth.api();
        host = berth.host();
        image = new OciLayout(work.resolve("layout"), 42);
        manifest = image.image(3, 64 * 1024, "amd64");
        layers = image.lastLayers();
        image.tag(manifest, OciLayout.MANIFEST, "v1");
        OciLayout.Blob amd = image.image(1, 8 * 1024, "amd64");
        OciLayout.Blob arm = image.image(1, 8 * 1024, "arm64");
        image.tag(image.index(List.of(amd, arm), List.of("amd64", "arm64")), OciLayout.INDEX, "multi");
    }

    @Test
    @Order(1)
    void skopeoAndDockerLoginAcceptAdminAndRefuseAWrongPassword() throws Exception {
        assertOk(cli.skopeo("login", "--tls-verify=false", "-u", "admin", "-p", "Harbor12345", host));
        assertRefused(cli.skopeo("login", "--tls-verify=false", "-u", "admin", "-p", "Wrong12345", host), BAD_CREDENTIALS);
        assertOk(cli.docker("login", "-u", "admin", "-p", "Harbor12345", host));
        assertRefused(cli.docker("login", "-u", "admin", "-p", "Wrong12345", host), BAD_CREDENTIALS);
    }

    @Test
    @Order(2)
    void ociImageCopiesInAndOutWithIdenticalDigests() throws Exception {
        Path digest = work.resolve("oci.digest");
        assertOk(push("oci:" + image.dir() + ":v1", "library/app:v1", ADMIN, "--digestfile", digest.toString()));
        assertEquals(manifest.digest(), Files.readString(digest).strip());
        Path out = pullToDir("library/app:v1", ADMIN);
        assertEquals(manifest.digest(), Sha256.of(out.resolve("manifest.json")));
        assertLayersIdentical(out);
    }

    @Test
    @Order(3)
    void v2s2ImageCopiesInAndOutWithIdenticalDigests() throws Exception {
        Path digest = work.resolve("v2s2.digest");
        assertOk(push("oci:" + image.dir() + ":v1", "library/app2:v1", ADMIN, "--format", "v2s2", "--digestfile",
                digest.toString()));
        Path out = pullToDir("library/app2:v1", ADMIN);
        String raw = Files.readString(out.resolve("manifest.json"));
        assertTrue(raw.contains("application/vnd.docker.distribution.manifest.v2+json"), raw);
        assertEquals(Files.readString(digest).strip(), Sha256.of(out.resolve("manifest.json")));
        assertLayersIdentical(out);
    }

    @Test
    @Order(4)
    void multiArchIndexCopiesWithAll() throws Exception {
        String index = Files.readString(image.dir().resolve("index.json"));
        String expected = index.substring(index.lastIndexOf("sha256:"), index.lastIndexOf("sha256:") + 71);
        Path digest = work.resolve("multi.digest");
        assertOk(cli.skopeo("copy", "--all", "--dest-tls-verify=false", "--dest-creds", ADMIN, "--digestfile",
                digest.toString(), "oci:" + image.dir() + ":multi", "docker://" + host + "/library/multi:1"));
        assertEquals(expected, Files.readString(digest).strip());
        Path out = work.resolve("out-multi");
        assertOk(cli.skopeo("copy", "--all", "--src-tls-verify=false", "--src-creds", ADMIN,
                "docker://" + host + "/library/multi:1", "dir:" + out));
        assertEquals(expected, Sha256.of(out.resolve("manifest.json")));
    }

    @Test
    @Order(5)
    void podmanPushesAndPulls() throws Exception {
        assertOk(cli.podman("pull", "--tls-verify=false", "--creds", ADMIN, host + "/library/app:v1"));
        Path digest = work.resolve("podman.digest");
        assertOk(cli.podman("push", "--tls-verify=false", "--creds", ADMIN, "--digestfile", digest.toString(),
                host + "/library/app:v1", "docker://" + host + "/library/podman:v1"));
        String pushed = Files.readString(digest).strip();
        assertOk(cli.podman("pull", "--tls-verify=false", "--creds", ADMIN, host + "/library/podman@" + pushed));
        Path out = pullToDir("library/podman:v1", ADMIN);
        assertEquals(pushed, Sha256.of(out.resolve("manifest.json")));
    }

    @Test
    @Order(6)
    void anonymousInspectWorksOnLibraryAndIsDeniedOnAPrivateProject() throws Exception {
        setUpPrivateProject();
        assertOk(cli.skopeo("inspect", "--tls-verify=false", "--no-creds", "docker://" + host + "/library/app:v1"));
        assertOk(cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN, "docker://" + host + "/team/base:1"));
        assertRefused(cli.skopeo("inspect", "--tls-verify=false", "--no-creds", "docker://" + host + "/team/base:1"), DENIED);
    }

    @Test
    @Order(7)
    void roleMatrixHoldsForRealPushesPullsAndDeletes() throws Exception {
        // user, pull, push, delete
        check("nonmember", false, false, false);
        check("guest", true, false, false);
        check("limited", true, false, false);
        check("developer", true, true, false);
        check("maintainer", true, true, true);
        check("padmin", true, true, true);
        check("admin", true, true, true);
        assertRefused(push("oci:" + image.dir() + ":v1", "nosuchproject/app:v1", ADMIN), DENIED);
    }

    @Test
    @Order(8)
    void aTokenForOneRepositoryDoesNotOpenAnother() throws Exception {
        String token = api.token(HarborApi.basic("admin", "Harbor12345"), "repository:library/app:pull");
        assertEquals(200, manifestGet("library/app", "v1", token).statusCode());
        HttpResponse<String> other = manifestGet("team/base", "1", token);
        assertEquals(401, other.statusCode(), other.body());
        HttpResponse<String> otherLibrary = manifestGet("library/app2", "v1", token);
        assertEquals(401, otherLibrary.statusCode(), otherLibrary.body());
    }

    @Test
    @Order(9)
    void expiredOrTamperedTokensAreRefusedWithInvalidToken() throws Exception {
        String token = api.token(HarborApi.basic("admin", "Harbor12345"), "repository:library/app:pull");
        ObjectNode claims = Jwt.part(token, 1);
        ObjectNode widened = claims.deepCopy();
        ((ObjectNode) widened.withArray("access").get(0)).put("name", "team/base");
        assertInvalidToken(manifestGet("team/base", "1", Jwt.withClaims(token, widened)));

        Path key = suite.dataDir().resolve("config/secret/token/private_key.pem");
        long now = System.currentTimeMillis() / 1000;
        ObjectNode fresh = claims.deepCopy().put("jti", UUID.randomUUID().toString()).put("iat", now).put("nbf", now)
                .put("exp", now + 600);
        // control: our own signature with prepare's key is accepted, so the refusal below is the expiry
        assertEquals(200, manifestGet("library/app", "v1", Jwt.sign(Jwt.part(token, 0), fresh, key)).statusCode());
        ObjectNode expired = fresh.deepCopy().put("iat", now - 3600).put("nbf", now - 3600).put("exp", now - 600);
        assertInvalidToken(manifestGet("library/app", "v1", Jwt.sign(Jwt.part(token, 0), expired, key)));
    }

    @Test
    @Order(10)
    void restApiListsRepositoriesArtifactsPullCountAndPullAudit() throws Exception {
        String auth = HarborApi.basic("admin", "Harbor12345");
        JsonNode repos = api.expect(200, "GET", "/api/v2.0/projects/library/repositories?page_size=100", auth, null);
        assertTrue(names(repos).contains("library/app"), repos.toString());
        JsonNode artifacts = api.expect(200, "GET", "/api/v2.0/projects/library/repositories/app/artifacts?with_tag=true",
                auth, null);
        assertTrue(artifacts.toString().contains("\"v1\""), artifacts.toString());
        assertTrue(artifacts.toString().contains(manifest.digest()), artifacts.toString());

        long before = pullCount(auth);
        int auditsBefore = pullAudits(auth);
        pullToDir("library/app:v1", ADMIN);
        Eventually.awaitTrue("pull_count of library/app above " + before, Eventually.EVENTS, () -> pullCount(auth) > before);
        Eventually.awaitTrue("a new pull audit entry for library/app", Eventually.EVENTS,
                () -> pullAudits(auth) > auditsBefore);
    }

    @Test
    @Order(11)
    void skopeoDeleteRemovesATag() throws Exception {
        assertOk(push("oci:" + image.dir() + ":v1", "library/gone:1", ADMIN));
        assertOk(cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN, "docker://" + host + "/library/gone:1"));
        assertOk(cli.skopeo("delete", "--tls-verify=false", "--creds", ADMIN, "docker://" + host + "/library/gone:1"));
        assertRefused(cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN, "docker://" + host + "/library/gone:1"),
                NOT_FOUND);
    }

    private void setUpPrivateProject() throws Exception {
        String auth = HarborApi.basic("admin", "Harbor12345");
        api.expect(201, "POST", "/api/v2.0/projects", auth, "{\"project_name\":\"team\",\"metadata\":{\"public\":\"false\"}}");
        Map<String, Integer> roles = Map.of("padmin", 1, "developer", 2, "guest", 3, "maintainer", 4, "limited", 5);
        for (String user : List.of("nonmember", "padmin", "developer", "guest", "maintainer", "limited")) {
            api.expect(201, "POST", "/api/v2.0/users", auth, "{\"username\":\"" + user + "\",\"email\":\"" + user
                    + "@example.com\",\"realname\":\"" + user + "\",\"password\":\"" + USER_PASSWORD + "\",\"comment\":\"e2e\"}");
            if (roles.containsKey(user)) {
                api.expect(201, "POST", "/api/v2.0/projects/team/members", auth, "{\"role_id\":" + roles.get(user)
                        + ",\"member_user\":{\"username\":\"" + user + "\"}}");
            }
            assertOk(push("oci:" + image.dir() + ":v1", "team/del-" + user + ":1", ADMIN));
        }
        assertOk(push("oci:" + image.dir() + ":v1", "team/del-admin:1", ADMIN));
        assertOk(push("oci:" + image.dir() + ":v1", "team/base:1", ADMIN));
    }

    private void check(String user, boolean pull, boolean push, boolean delete) throws Exception {
        String creds = "admin".equals(user) ? ADMIN : user + ":" + USER_PASSWORD;
        allowedOrDenied(pull, cli.skopeo("copy", "--src-tls-verify=false", "--src-creds", creds,
                "docker://" + host + "/team/base:1", "dir:" + Files.createTempDirectory(work, "pull")));
        allowedOrDenied(push, push("oci:" + image.dir() + ":v1", "team/push-" + user + ":1", creds));
        allowedOrDenied(delete, cli.skopeo("delete", "--tls-verify=false", "--creds", creds,
                "docker://" + host + "/team/del-" + user + ":1"));
        Cli.Run still = cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN, "docker://" + host + "/team/del-" + user + ":1");
        if (delete) {
            assertRefused(still, NOT_FOUND);
        } else {
            assertOk(still);
        }
    }

    private Cli.Run push(String source, String repoTag, String creds, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("copy", "--dest-tls-verify=false", "--dest-creds", creds));
        args.addAll(List.of(extra));
        args.add(source);
        args.add("docker://" + host + "/" + repoTag);
        return cli.skopeo(args.toArray(String[]::new));
    }

    private Path pullToDir(String repoTag, String creds) throws Exception {
        Path out = Files.createTempDirectory(work, "out");
        assertOk(cli.skopeo("copy", "--src-tls-verify=false", "--src-creds", creds, "docker://" + host + "/" + repoTag,
                "dir:" + out));
        return out;
    }

    private void assertLayersIdentical(Path dirOut) throws Exception {
        for (String layer : layers) {
            Path blob = dirOut.resolve(layer.substring("sha256:".length()));
            assertTrue(Files.isRegularFile(blob), "missing layer " + layer);
            assertEquals(layer, Sha256.of(blob));
        }
    }

    private HttpResponse<String> manifestGet(String repo, String reference, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/v2/" + repo + "/manifests/" + reference))
                .header("Authorization", "Bearer " + token).header("Accept", OCI_MANIFEST).GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertInvalidToken(HttpResponse<String> r) {
        assertEquals(401, r.statusCode(), r.body());
        String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.contains("error=\"invalid_token\""), "challenge: " + challenge);
    }

    /** Pull audit entries of library/app among the newest 100. */
    private int pullAudits(String auth) throws Exception {
        int n = 0;
        for (JsonNode l : api.expect(200, "GET", "/api/v2.0/audit-logs?page_size=100", auth, null)) {
            String resource = l.path("resource").asText();
            if ("pull".equals(l.path("operation").asText())
                    && (resource.startsWith("library/app:") || resource.startsWith("library/app@"))) {
                n++;
            }
        }
        return n;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asText()));
        return names;
    }


    private static void allowedOrDenied(boolean allowed, Cli.Run run) {
        if (allowed) {
            assertOk(run);
        } else {
            assertRefused(run, DENIED);
        }
    }

    private long pullCount(String auth) throws Exception {
        return api.expect(200, "GET", "/api/v2.0/projects/library/repositories/app", auth, null).path("pull_count").asLong();
    }
}
