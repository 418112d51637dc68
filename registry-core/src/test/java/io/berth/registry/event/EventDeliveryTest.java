package io.berth.registry.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.berth.registry.event.EventProfile.RECEIVER;

import io.berth.common.event.RegistryEvent;
import io.berth.registry.Await;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.berth.registry.storage.Digest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EventProfile.class)
class EventDeliveryTest {

    @Inject
    EventNotifier notifier;

    @Test
    void eventsSurviveAReceiverOutageAndArriveOncePerId() throws Exception {
        RECEIVER.up();
        Await.until("earlier tests' events delivered", () -> pending() == 0);
        // the receiver is down during the pushes: the requests still succeed
        RECEIVER.down();
        String repo = "events/r" + System.nanoTime();
        byte[] config = "{}".getBytes();
        Digest c = Digest.of(config);
        given().queryParam("digest", c.toString()).body(config).post("/v2/" + repo + "/blobs/uploads/").then().statusCode(201);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + c
                + "\",\"size\":2},\"layers\":[]}";
        for (String tag : List.of("t1", "t2", "t3")) {
            given().contentType("application/vnd.oci.image.manifest.v1+json").header("User-Agent", "test-agent/1")
                    .body(manifest).put("/v2/" + repo + "/manifests/" + tag).then().statusCode(201);
        }
        given().get("/v2/" + repo + "/manifests/t1").then().statusCode(200);
        given().delete("/v2/" + repo + "/manifests/t2").then().statusCode(202);
        // each event is durable before its request is answered
        assertEquals(5, notifier.pending("core"));
        Await.until("failed deliveries while the receiver is down", () -> RECEIVER.refused() >= 2);
        assertEquals(5, notifier.pending("core"));

        RECEIVER.up();
        Await.until("the outbox drained", () -> pending() == 0);
        // nothing is sent again once removed from the outbox, so what arrived is final
        List<RegistryEvent> received = RECEIVER.events(e -> repo.equals(e.repository()));
        assertEquals(5, received.size(), "every event exactly once");
        Map<String, Integer> perId = new HashMap<>();
        received.forEach(e -> perId.merge(e.id(), 1, Integer::sum));
        assertTrue(perId.values().stream().allMatch(n -> n == 1));
        assertTrue(RECEIVER.secrets().stream().allMatch(EventProfile.SECRET::equals));
        assertEquals(List.of("push", "push", "push", "pull", "delete"), received.stream().map(RegistryEvent::action).toList());
        RegistryEvent first = received.get(0);
        assertEquals(repo, first.repository());
        assertEquals("t1", first.tag());
        assertEquals("test-agent/1", first.userAgent());
        assertEquals("application/vnd.oci.image.manifest.v1+json", first.mediaType());
        assertEquals(manifest.length() + 2, first.size());
    }

    private long pending() {
        try {
            return notifier.pending("core");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
