package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.event.RegistryEvent;
import io.berth.registry.Await;
import io.berth.registry.event.EventReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event journal under kill -9: 1,000 pulls are announced from eight clients, the registry is
 * killed once 300 were answered, and after the restart every answered pull reaches the receiver
 * exactly once (the receiver was down before the kill, so nothing had been delivered yet).
 */
class JournalCrashIT {

    private static final String OCI = "application/vnd.oci.image.manifest.v1+json";
    private static final int PULLS = 1000;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventIsDeliveredOnceAfterAKillNine() throws Exception {
        EventReceiver receiver = EventReceiver.start();
        receiver.down();
        try (PackagedRegistry registry = new PackagedRegistry(dir, "128m", receiver.url())) {
            registry.start();
            String manifest = pushImage(registry.base(), "crash/app");

            Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger next = new AtomicInteger();
            CountDownLatch enough = new CountDownLatch(300);
            String url = registry.base() + "/v2/crash/app/manifests/v1";
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < PULLS; i = next.getAndIncrement()) {
                        try {
                            HttpURLConnection c = Streams.open("GET", url);
                            c.setRequestProperty("User-Agent", "crash/" + i);
                            c.setRequestProperty("Accept", OCI);
                            if (c.getResponseCode() == 200) {
                                c.getInputStream().readAllBytes();
                                acknowledged.add(i);
                                enough.countDown();
                            }
                        } catch (IOException e) {
                            return; // the registry is gone
                        }
                    }
                });
            }
            assertTrue(enough.await(5, TimeUnit.MINUTES), "300 pulls answered");
            registry.kill();
            clients.shutdown();
            assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES));
            assertTrue(acknowledged.size() < PULLS, "the kill landed while pulls were still coming");

            registry.start();
            receiver.up();
            Await.until("the journal drained", Duration.ofMinutes(5), () -> pending(registry) == 0);

            List<RegistryEvent> all = receiver.events(e -> "crash/app".equals(e.repository()));
            Map<String, Integer> perId = new HashMap<>();
            all.forEach(e -> perId.merge(e.id(), 1, Integer::sum));
            // delivery is at least once, and a batch sent again after a timeout is a duplicate by design;
            // the sender's timeout (30 s) is far above what the local receiver needs, so none is expected
            assertTrue(perId.values().stream().allMatch(n -> n == 1), () -> "no event twice: " + duplicates(all, perId));
            assertEquals(manifest, all.get(0).digest());
            assertEquals(RegistryEvent.PUSH, all.get(0).action());
            Map<Integer, Integer> pulls = new HashMap<>();
            for (RegistryEvent e : all) {
                if (e.action().equals(RegistryEvent.PULL)) {
                    int i = Integer.parseInt(e.userAgent().substring("crash/".length()));
                    assertTrue(i >= 0 && i < PULLS);
                    pulls.merge(i, 1, Integer::sum);
                }
            }
            for (int i : acknowledged) {
                assertEquals(1, pulls.getOrDefault(i, 0), "acknowledged pull " + i + " delivered once");
            }
        }
    }

    /** Where the duplicated events sit in the order of arrival, to tell a resent batch from a journal fault. */
    private static String duplicates(List<RegistryEvent> all, Map<String, Integer> perId) {
        StringBuilder out = new StringBuilder("events=" + all.size() + " positions:");
        for (int i = 0; i < all.size(); i++) {
            if (perId.get(all.get(i).id()) > 1) {
                out.append(' ').append(i).append('=').append(all.get(i).userAgent());
            }
        }
        return out.toString();
    }

    private static double pending(PackagedRegistry registry) {
        try {
            return registry.pendingEvents();
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** A config blob and a manifest tagged v1; returns the manifest's digest. */
    private static String pushImage(String base, String repo) throws Exception {
        byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
        String c = Streams.sha256(new java.io.ByteArrayInputStream(config));
        assertEquals(201, Streams.send("POST", base + "/v2/" + repo + "/blobs/uploads/?digest=" + c,
                new java.io.ByteArrayInputStream(config), config.length, null).statusCode());
        byte[] m = ("{\"schemaVersion\":2,\"mediaType\":\"" + OCI + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + c + "\",\"size\":2},\"layers\":[]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpURLConnection put = Streams.open("PUT", base + "/v2/" + repo + "/manifests/v1");
        put.setDoOutput(true);
        put.setRequestProperty("Content-Type", OCI);
        try (OutputStream out = put.getOutputStream()) {
            out.write(m);
        }
        assertEquals(201, put.getResponseCode());
        try (InputStream in = put.getInputStream()) {
            in.readAllBytes();
        }
        return put.getHeaderField("Docker-Content-Digest");
    }
}
