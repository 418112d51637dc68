package io.berth.e2e.content;

import static io.berth.e2e.support.Cli.Refusal.NOT_FOUND;
import static io.berth.e2e.support.Cli.assertOk;
import static io.berth.e2e.support.Cli.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.Eventually;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.image.Sha256;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What skopeo pushes and pulls through the gateway of one suite shows in Harbor's API
 * (repositories, artifacts with tags, size and media type, an index's references with platforms,
 * pull counts) and in the audit log (pulls by a user and anonymous, deletes, added tags); events
 * made while ui-service is down are applied once after it returns; the role table governs projects
 * and audit entries; a project with 1,000 repositories pages correctly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentIT {

    private static final String ADMIN_CREDS = "admin:Harbor12345";
    private static final String ADMIN = HarborApi.basic("admin", "Harbor12345");
    private static final String PASSWORD = "Passw0rd1";
    private static final String DEV = "cdev";
    private static final String DEV_CREDS = DEV + ":" + PASSWORD;
    private static final String DEV_AUTH = HarborApi.basic(DEV, PASSWORD);

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("content");

    private LocalSuite suite;
    private Path work;
    private Cli cli;
    private HarborApi api;
    private OciLayout layout;
    private OciLayout.Blob image;
    private OciLayout.Blob amd;
    private OciLayout.Blob arm;
    private OciLayout.Blob index;

    @BeforeAll
    void imagesUsersAndProjects() throws Exception {
        suite = berth.suite();
        work = berth.work();
        cli = berth.cli();
        api = berth.api();
        layout = new OciLayout(work.resolve("layout"), 5);
        image = layout.image(2, 8 * 1024, "amd64");
        layout.tag(image, OciLayout.MANIFEST, "v1");
        amd = layout.image(1, 2048, "amd64");
        arm = layout.image(1, 2048, "arm64");
        index = layout.index(List.of(amd, arm), List.of("amd64", "arm64"));
        layout.tag(index, OciLayout.INDEX, "multi");
        api.expect(201, "POST", "/api/v2.0/users", ADMIN, "{\"username\":\"" + DEV + "\",\"email\":\"" + DEV
                + "@example.com\",\"realname\":\"dev\",\"password\":\"" + PASSWORD + "\",\"comment\":\"e2e\"}");
        for (String p : List.of("content", "cother", "devown", "many")) {
            api.createProject(ADMIN, p, false);
        }
        api.createProject(ADMIN, "cpub", true);
        api.addMember(ADMIN, "content", DEV, 2);
        api.addMember(ADMIN, "devown", DEV, 1);
    }

    @Test
    @Order(1)
    void twoPushedTagsShowAsOneArtifactAndAnIndexShowsItsReferencesWithPlatforms() throws Exception {
        push("v1", "content/app:v1", ADMIN_CREDS);
        push("v1", "content/app:v2", ADMIN_CREDS);
        assertOk(cli.skopeo("copy", "--all", "--dest-tls-verify=false", "--dest-creds", ADMIN_CREDS,
                "oci:" + layout.dir() + ":multi", "docker://" + host() + "/content/multi:1"));

        JsonNode repos = eventually("content/app and content/multi listed", () -> {
            JsonNode r = api.expect(200, "GET", "/api/v2.0/projects/content/repositories", DEV_AUTH, null);
            return names(r).containsAll(List.of("content/app", "content/multi")) ? r : null;
        });
        assertEquals(Set.of("content/app", "content/multi"), names(repos));
        JsonNode artifacts = eventually("one artifact with both tags", () -> {
            JsonNode a = api.expect(200, "GET", "/api/v2.0/projects/content/repositories/app/artifacts", DEV_AUTH, null);
            return a.size() == 1 && tagsOf(a.get(0)).size() == 2 ? a : null;
        });
        JsonNode art = artifacts.get(0);
        assertEquals(image.digest(), art.path("digest").asText());
        assertEquals(Set.of("v1", "v2"), tagsOf(art));
        assertEquals(OciLayout.MANIFEST, art.path("media_type").asText());
        assertEquals(OciLayout.MANIFEST, art.path("manifest_media_type").asText());
        assertEquals(harborSize(image), art.path("size").asLong(), art.toString());
        assertTrue(harborSize(image) > 16 * 1024, "layers count in the size");

        JsonNode multi = eventually("the index with its references", () -> {
            HttpResponse<String> r = api.send("GET", "/api/v2.0/projects/content/repositories/multi/artifacts/1",
                    DEV_AUTH, null);
            return r.statusCode() == 200 ? HarborApi.JSON.readTree(r.body()) : null;
        });
        assertEquals(OciLayout.INDEX, multi.path("media_type").asText());
        assertEquals(index.digest(), multi.path("digest").asText());
        JsonNode refs = multi.path("references");
        assertEquals(2, refs.size(), multi.toString());
        Map<String, String> archOf = Map.of(amd.digest(), "amd64", arm.digest(), "arm64");
        for (JsonNode ref : refs) {
            String child = ref.path("child_digest").asText();
            assertEquals(archOf.get(child), ref.path("platform").path("architecture").asText(), ref.toString());
            assertEquals("linux", ref.path("platform").path("os").asText(), ref.toString());
            assertEquals(multi.path("id").asLong(), ref.path("parent_id").asLong());
            JsonNode childArtifact = api.expect(200, "GET",
                    "/api/v2.0/projects/content/repositories/multi/artifacts/" + child, DEV_AUTH, null);
            assertEquals(childArtifact.path("id").asLong(), ref.path("child_id").asLong(), ref.toString());
        }
    }

    @Test
    @Order(2)
    void aPullCountsAndIsAuditedWithTheUserOrAnonymous() throws Exception {
        String artifact = "/api/v2.0/projects/content/repositories/app/artifacts/v1";
        long before = api.expect(200, "GET", artifact, DEV_AUTH, null).path("pull_count").asLong();
        long repoBefore = api.expect(200, "GET", "/api/v2.0/projects/content/repositories/app", DEV_AUTH, null)
                .path("pull_count").asLong();
        int auditBefore = entries("content", "pull", DEV, "content/app:v1").size();
        pull("content/app:v1", "--src-creds", DEV_CREDS);
        eventually("pull_count + 1", () -> api.expect(200, "GET", artifact, DEV_AUTH, null)
                .path("pull_count").asLong() == before + 1 ? true : null);
        assertEquals(repoBefore + 1, api.expect(200, "GET", "/api/v2.0/projects/content/repositories/app", DEV_AUTH,
                null).path("pull_count").asLong());
        JsonNode v1 = api.expect(200, "GET", artifact, DEV_AUTH, null);
        assertFalse(v1.path("pull_time").isNull(), v1.toString());
        eventually("the pull entry by " + DEV, () ->
                entries("content", "pull", DEV, "content/app:v1").size() == auditBefore + 1 ? true : null);

        push("v1", "cpub/pubapp:1", ADMIN_CREDS);
        eventually("cpub/pubapp listed", () -> api.send("GET", "/api/v2.0/projects/cpub/repositories/pubapp/artifacts/1",
                null, null).statusCode() == 200 ? true : null);
        pull("cpub/pubapp:1", "--src-no-creds");
        List<JsonNode> anonymous = eventually("an anonymous pull entry", () -> {
            List<JsonNode> e = entries("cpub", "pull", "anonymous", "cpub/pubapp:1");
            return e.isEmpty() ? null : e;
        });
        assertEquals("artifact", anonymous.get(0).path("resource_type").asText());
        assertEquals(1, api.expect(200, "GET", "/api/v2.0/projects/cpub/repositories/pubapp/artifacts/1", null, null)
                .path("pull_count").asLong());
    }

    @Test
    @Order(3)
    void deletingATagMakesItUnpullableAndAddingOneMakesItPullable() throws Exception {
        api.expect(200, "DELETE", "/api/v2.0/projects/content/repositories/app/artifacts/v2/tags/v2", ADMIN, null);
        assertRefused(cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN_CREDS,
                "docker://" + host() + "/content/app:v2"), NOT_FOUND);
        assertEquals(1, entries("content", "delete", "admin", "content/app:v2").size());
        assertEquals("tag", entries("content", "delete", "admin", "content/app:v2").get(0).path("resource_type").asText());
        assertEquals(Set.of("v1"), tagsOf(api.expect(200, "GET",
                "/api/v2.0/projects/content/repositories/app/artifacts/" + image.digest(), DEV_AUTH, null)));

        // a developer adds a tag; registry-core writes it and announces a push by the developer
        HttpResponse<String> added = api.send("POST", "/api/v2.0/projects/content/repositories/app/artifacts/v1/tags",
                DEV_AUTH, "{\"name\":\"added\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(409, api.send("POST", "/api/v2.0/projects/content/repositories/app/artifacts/v1/tags",
                DEV_AUTH, "{\"name\":\"added\"}").statusCode());
        assertEquals(400, api.send("POST", "/api/v2.0/projects/content/repositories/app/artifacts/v1/tags",
                DEV_AUTH, "{\"name\":\".bad\"}").statusCode());
        Path out = work.resolve("added");
        assertOk(cli.skopeo("copy", "--src-tls-verify=false", "--src-creds", DEV_CREDS,
                "docker://" + host() + "/content/app:added", "dir:" + out));
        assertEquals(image.digest(), Sha256.of(out.resolve("manifest.json")));
        eventually("the push entry of the added tag", () ->
                entries("content", "create", DEV, "content/app:added").size() == 1 ? true : null);
        assertEquals(Set.of("v1", "added"), tagsOf(api.expect(200, "GET",
                "/api/v2.0/projects/content/repositories/app/artifacts/" + image.digest(), DEV_AUTH, null)));
    }

    @Test
    @Order(4)
    void withUiServiceDownPushesAndPullsWorkAndTheirEntriesArriveOnceAfterwards() throws Exception {
        // the token service asks ui-service who may do what, so the tokens are taken beforehand
        String pushToken = api.token(ADMIN, "repository:content/outage:push,pull");
        String pullToken = api.token(DEV_AUTH, "repository:content/app:pull");
        int pullsBefore = entries("content", "pull", DEV, "content/app:v1").size();
        long countBefore = api.expect(200, "GET", "/api/v2.0/projects/content/repositories/app/artifacts/v1", DEV_AUTH,
                null).path("pull_count").asLong();

        suite.stopPart("ui");
        try {
            HttpResponse<String> down = api.send("GET", "/api/v2.0/projects", ADMIN, null);
            assertTrue(down.statusCode() == 502 || down.statusCode() == 503, "the gateway finds ui-service down: "
                    + down.statusCode() + " " + down.body());
            for (String tag : List.of("o1", "o2")) {
                assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-registry-token", pushToken,
                        "oci:" + layout.dir() + ":v1", "docker://" + host() + "/content/outage:" + tag));
            }
            Path out = work.resolve("outage-pull");
            assertOk(cli.skopeo("copy", "--src-tls-verify=false", "--src-registry-token", pullToken,
                    "docker://" + host() + "/content/app:v1", "dir:" + out));
            assertEquals(image.digest(), Sha256.of(out.resolve("manifest.json")));
        } finally {
            suite.startPart("ui");
        }

        eventually("the outage's push and pull entries", () -> entries("content", "create", "admin", "content/outage:o1").size() >= 1
                && entries("content", "create", "admin", "content/outage:o2").size() >= 1
                && entries("content", "pull", DEV, "content/app:v1").size() >= pullsBefore + 1 ? true : null);
        assertEquals(1, entries("content", "create", "admin", "content/outage:o1").size());
        assertEquals(1, entries("content", "create", "admin", "content/outage:o2").size());
        assertEquals(pullsBefore + 1, entries("content", "pull", DEV, "content/app:v1").size());
        assertEquals(countBefore + 1, api.expect(200, "GET", "/api/v2.0/projects/content/repositories/app/artifacts/v1",
                DEV_AUTH, null).path("pull_count").asLong());
        JsonNode outage = api.expect(200, "GET", "/api/v2.0/projects/content/repositories/outage/artifacts", ADMIN, null);
        assertEquals(1, outage.size(), outage.toString());
        assertEquals(Set.of("o1", "o2"), tagsOf(outage.get(0)));
    }

    @Test
    @Order(5)
    void aDeveloperSeesOnlyWhatTheRoleTableAllows() throws Exception {
        push("v1", "cother/secret:1", ADMIN_CREDS);
        push("v1", "devown/mine:1", DEV_CREDS);
        eventually("devown/mine's push entry", () -> entries("devown", "create", DEV, "devown/mine:1").isEmpty()
                ? null : true);
        eventually("cother/secret's push entry", () -> entries("cother", "create", "admin", "cother/secret:1").isEmpty()
                ? null : true);

        JsonNode all = api.expect(200, "GET", "/api/v2.0/projects?page_size=100", ADMIN, null);
        Set<String> expected = new TreeSet<>();
        for (JsonNode p : all) {
            String name = p.path("name").asText();
            if ("true".equals(p.path("metadata").path("public").asText()) || Set.of("content", "devown").contains(name)) {
                expected.add(name);
            }
        }
        assertTrue(names(all).contains("cother"));
        assertEquals(expected, new TreeSet<>(names(api.expect(200, "GET", "/api/v2.0/projects?page_size=100", DEV_AUTH,
                null))));
        assertEquals(403, api.send("GET", "/api/v2.0/projects/cother/repositories", DEV_AUTH, null).statusCode());

        List<JsonNode> adminLog = list("/api/v2.0/audit-logs?page_size=100", ADMIN);
        assertTrue(adminLog.stream().anyMatch(e -> e.path("resource").asText().startsWith("cother/")));
        assertTrue(adminLog.stream().anyMatch(e -> e.path("resource").asText().startsWith("content/")));
        // others see the audit entries of the projects they administer: devown only
        List<JsonNode> devLog = list("/api/v2.0/audit-logs?page_size=100", DEV_AUTH);
        assertFalse(devLog.isEmpty());
        // exactly devown's entries (a member entry names the member, so compare by id, not resource)
        assertEquals(ids(list("/api/v2.0/projects/devown/logs?page_size=100", ADMIN)), ids(devLog));
        assertTrue(devLog.stream().anyMatch(e -> e.path("resource").asText().equals("devown/mine:1")));
        assertTrue(ids(adminLog).containsAll(ids(devLog)) && adminLog.size() > devLog.size());
        assertEquals(403, api.send("GET", "/api/v2.0/projects/content/logs", DEV_AUTH, null).statusCode());
        assertEquals(200, api.send("GET", "/api/v2.0/projects/devown/logs", DEV_AUTH, null).statusCode());
    }

    @Test
    @Order(6)
    void aThousandRepositoriesPageCorrectly() throws Exception {
        List<String> repos = IntStream.range(0, 1000).mapToObj(i -> String.format("many/r%04d", i)).toList();
        new BulkPusher(suite.gatewayUrl(), api, ADMIN).push(repos, "1", 8);
        String path = "/api/v2.0/projects/many/repositories";
        eventually("1,000 repositories", () -> {
            HttpResponse<String> r = api.send("GET", path + "?page_size=1", ADMIN, null);
            return "1000".equals(r.headers().firstValue("X-Total-Count").orElse("")) ? true : null;
        });
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 10; page++) {
            HttpResponse<String> r = api.send("GET", path + "?page=" + page + "&page_size=100", ADMIN, null);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("1000", r.headers().firstValue("X-Total-Count").orElse(""));
            JsonNode items = HarborApi.JSON.readTree(r.body());
            assertEquals(100, items.size());
            seen.addAll(names(items));
            String link = r.headers().firstValue("Link").orElse("");
            assertEquals(page < 10, link.contains("rel=\"next\""), "page " + page + " Link: " + link);
            assertEquals(page > 1, link.contains("rel=\"prev\""), "page " + page + " Link: " + link);
            if (page < 10) {
                assertTrue(link.contains("page=" + (page + 1)), link);
            }
            if (page > 1) {
                assertTrue(link.contains("page=" + (page - 1)), link);
            }
        }
        assertEquals(new HashSet<>(repos), seen);
        HttpResponse<String> beyond = api.send("GET", path + "?page=11&page_size=100", ADMIN, null);
        assertEquals(0, HarborApi.JSON.readTree(beyond.body()).size());
    }

    @Test
    @Order(7)
    void createdProjectsAndMembersAreLocatedOnTheGateway() throws Exception {
        HttpResponse<String> project = api.send("POST", "/api/v2.0/projects", ADMIN,
                "{\"project_name\":\"located\",\"metadata\":{\"public\":\"false\"}}");
        assertEquals(201, project.statusCode(), project.body());
        HttpResponse<String> member = api.send("POST", "/api/v2.0/projects/located/members", ADMIN,
                "{\"role_id\":3,\"member_user\":{\"username\":\"" + DEV + "\"}}");
        assertEquals(201, member.statusCode(), member.body());
        for (HttpResponse<String> r : List.of(project, member)) {
            URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
            URI resolved = URI.create(suite.gatewayUrl() + "/").resolve(location);
            assertEquals(URI.create(suite.gatewayUrl()).getAuthority(), resolved.getAuthority(), location.toString());
            assertEquals(200, api.send("GET", resolved.getRawPath(), ADMIN, null).statusCode(), location.toString());
        }
    }

    // --- helpers

    private void push(String layoutTag, String target, String creds) throws Exception {
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", creds, "oci:" + layout.dir() + ":" + layoutTag,
                "docker://" + host() + "/" + target));
    }

    private void pull(String source, String... auth) throws Exception {
        List<String> args = new ArrayList<>(List.of("copy", "--src-tls-verify=false"));
        args.addAll(List.of(auth));
        args.add("docker://" + host() + "/" + source);
        args.add("dir:" + work.resolve("pull-" + System.nanoTime()));
        assertOk(cli.skopeo(args.toArray(String[]::new)));
    }

    /** The project's audit entries (as a system admin) of one operation, user and resource. */
    private List<JsonNode> entries(String project, String operation, String user, String resource) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : list("/api/v2.0/projects/" + project + "/logs?page_size=100", ADMIN)) {
            if (operation.equals(e.path("operation").asText()) && user.equals(e.path("username").asText())
                    && resource.equals(e.path("resource").asText())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every item of a paged list, following the pages. */
    private List<JsonNode> list(String path, String authorization) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> r = api.send("GET", path + "&page=" + page, authorization, null);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            JsonNode items = HarborApi.JSON.readTree(r.body());
            items.forEach(out::add);
            long total = Long.parseLong(r.headers().firstValue("X-Total-Count").orElse("0"));
            if (items.isEmpty() || out.size() >= total) {
                return out;
            }
        }
    }

    /** Harbor's artifact size: the manifest plus its config and layers. */
    private long harborSize(OciLayout.Blob manifest) throws Exception {
        JsonNode m = HarborApi.JSON.readTree(layout.dir().resolve("blobs/sha256/" + manifest.digest().substring(7)).toFile());
        long size = manifest.size() + m.path("config").path("size").asLong();
        for (JsonNode l : m.path("layers")) {
            size += l.path("size").asLong();
        }
        return size;
    }

    private static Set<String> names(JsonNode items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.path("name").asText()));
        return out;
    }

    private static Set<Long> ids(List<JsonNode> entries) {
        Set<Long> out = new HashSet<>();
        entries.forEach(e -> out.add(e.path("id").asLong()));
        return out;
    }

    private static Set<String> tagsOf(JsonNode artifact) {
        Set<String> out = new HashSet<>();
        artifact.path("tags").forEach(t -> out.add(t.path("name").asText()));
        return out;
    }



    private String host() {
        return berth.host();
    }


    /** Events reach ui-service asynchronously, through registry-core's outbox. */
    private static <T> T eventually(String what, Eventually.Probe<T> probe) throws Exception {
        return Eventually.await(what, Eventually.EVENTS, probe);
    }

}
