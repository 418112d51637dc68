package io.berth.registry.internal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.berth.common.event.Platform;
import io.berth.common.event.RegistryEvent;
import io.berth.common.internal.InternalApi;
import io.berth.registry.Await;
import io.berth.registry.event.EventProfile;
import io.berth.registry.storage.Digest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** ui-service's add-tag: {@code PUT /internal/v1/repositories/<name>/tags/<tag>?digest=&actor=}. */
@QuarkusTest
@TestProfile(EventProfile.class)
class InternalTagTest {

    private static final String OCI = "application/vnd.oci.image.manifest.v1+json";
    private static final String INDEX = "application/vnd.oci.image.index.v1+json";

    private static Digest pushManifest(String repo, String reference, String body, String type) {
        return Digest.parse(given().contentType(type).body(body).put("/v2/" + repo + "/manifests/" + reference)
                .then().statusCode(201).extract().header("Docker-Content-Digest"));
    }

    private static Digest image(String repo, String arch) {
        byte[] config = ("{\"architecture\":\"" + arch + "\"}").getBytes();
        Digest c = Digest.of(config);
        given().queryParam("digest", c.toString()).body(config).post("/v2/" + repo + "/blobs/uploads/")
                .then().statusCode(201);
        String m = "{\"schemaVersion\":2,\"mediaType\":\"" + OCI + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + c + "\",\"size\":" + config.length
                + "},\"layers\":[]}";
        Digest d = Digest.of(m.getBytes());
        return pushManifest(repo, d.toString(), m, OCI);
    }

    private static RegistryEvent await(Predicate<RegistryEvent> match) {
        EventProfile.RECEIVER.up();
        Await.until("a matching event", () -> !EventProfile.RECEIVER.events(match).isEmpty());
        return EventProfile.RECEIVER.events(match).get(0);
    }

    @Test
    void tagsAnExistingManifestAndAnnouncesAPushByTheActor() throws Exception {
        String repo = "tagging/app" + System.nanoTime();
        Digest amd = image(repo, "amd64");
        String path = "/internal/v1/repositories/" + repo + "/tags/";

        given().queryParam("digest", amd.toString()).put(path + "v1").then().statusCode(401);

        given().header(InternalApi.SECRET_HEADER, EventProfile.SECRET)
                .queryParam("digest", amd.toString()).queryParam("actor", "alice")
                .put(path + "v1").then().statusCode(201).header("Docker-Content-Digest", amd.toString());
        given().accept(OCI).get("/v2/" + repo + "/manifests/v1").then().statusCode(200)
                .header("Docker-Content-Digest", amd.toString());
        given().get("/v2/" + repo + "/tags/list").then().body("tags", equalTo(List.of("v1")));

        RegistryEvent push = await(e -> repo.equals(e.repository()) && "v1".equals(e.tag()));
        assertEquals(RegistryEvent.PUSH, push.action());
        assertEquals("alice", push.actor());
        assertEquals(amd.toString(), push.digest());
        assertEquals(OCI, push.mediaType());

        // unknown in this repository: 404 in the OCI error format, no tag written
        String unknown = "sha256:" + "0".repeat(64);
        given().header(InternalApi.SECRET_HEADER, EventProfile.SECRET).queryParam("digest", unknown)
                .put(path + "v2").then().statusCode(404).body("errors[0].code", equalTo("MANIFEST_UNKNOWN"));
        given().header(InternalApi.SECRET_HEADER, EventProfile.SECRET).queryParam("digest", amd.toString())
                .put("/internal/v1/repositories/tagging/other" + System.nanoTime() + "/tags/v1").then().statusCode(404);
        given().header(InternalApi.SECRET_HEADER, EventProfile.SECRET).queryParam("digest", amd.toString())
                .put(path + "-bad").then().statusCode(400).body("errors[0].code", equalTo("TAG_INVALID"));
        given().get("/v2/" + repo + "/manifests/v2").then().statusCode(404);
    }

    @Test
    void anIndexPushCarriesEachChildsPlatform() throws Exception {
        String repo = "tagging/multi" + System.nanoTime();
        Digest amd = image(repo, "amd64");
        Digest arm = image(repo, "arm64");
        String index = "{\"schemaVersion\":2,\"mediaType\":\"" + INDEX + "\",\"manifests\":["
                + "{\"mediaType\":\"" + OCI + "\",\"digest\":\"" + amd + "\",\"size\":1,"
                + "\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}},"
                + "{\"mediaType\":\"" + OCI + "\",\"digest\":\"" + arm + "\",\"size\":1,"
                + "\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\",\"variant\":\"v8\"}}]}";
        pushManifest(repo, "latest", index, INDEX);

        RegistryEvent e = await(x -> repo.equals(x.repository()) && "latest".equals(x.tag()));
        assertEquals(List.of(amd.toString(), arm.toString()), e.references());
        assertEquals(Map.of(amd.toString(), new Platform("linux", "amd64", null),
                arm.toString(), new Platform("linux", "arm64", "v8")), e.platforms());
        RegistryEvent child = await(x -> repo.equals(x.repository()) && amd.toString().equals(x.digest()));
        assertEquals(Map.of(), child.platforms());
        assertNull(child.tag());
    }
}
