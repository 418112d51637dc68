package io.berth.registry.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.berth.common.event.EventEnvelope;
import io.berth.common.event.RegistryEvent;
import io.berth.common.internal.InternalApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.berth.registry.storage.Digest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EventProfile.class)
class EventDeliveryTest {

    @Inject
    ObjectMapper json;

    @Inject
    EventNotifier notifier;

    @Test
    void eventsSurviveAReceiverOutageAndArriveOncePerId() throws Exception {
        // the receiver is down during the pushes: the requests still succeed
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
        Thread.sleep(600); // several failed attempts happen meanwhile
        assertEquals(5, notifier.pending("core"));

        List<RegistryEvent> received = Collections.synchronizedList(new ArrayList<>());
        List<String> secrets = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", EventProfile.PORT), 0);
        server.createContext(InternalApi.EVENTS, ex -> {
            secrets.add(ex.getRequestHeaders().getFirst(InternalApi.SECRET_HEADER));
            received.addAll(json.readValue(ex.getRequestBody(), EventEnvelope.class).events());
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (received.size() < 5 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
        } finally {
            server.stop(0);
        }
        assertEquals(5, received.size(), "every event exactly once");
        Map<String, Integer> perId = new HashMap<>();
        received.forEach(e -> perId.merge(e.id(), 1, Integer::sum));
        assertTrue(perId.values().stream().allMatch(n -> n == 1));
        assertTrue(secrets.stream().allMatch(EventProfile.SECRET::equals));
        assertEquals(List.of("push", "push", "push", "pull", "delete"), received.stream().map(RegistryEvent::action).toList());
        RegistryEvent first = received.get(0);
        assertEquals(repo, first.repository());
        assertEquals("t1", first.tag());
        assertEquals("test-agent/1", first.userAgent());
        assertEquals("application/vnd.oci.image.manifest.v1+json", first.mediaType());
        assertEquals(manifest.length() + 2, first.size());
        assertEquals(0, notifier.pending("core"));
    }
}
