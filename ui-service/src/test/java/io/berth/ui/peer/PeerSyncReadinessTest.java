package io.berth.ui.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.berth.ui.support.Await;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class PeerSyncReadinessTest {

    @Test
    void notReadyUntilEveryPeerTookAPushThenReadyEvenIfAPeerRefusesLater() {
        AtomicInteger refusals = new AtomicInteger(3);
        AtomicInteger calls = new AtomicInteger();
        PeerPush flaky = new PeerPush("flaky-table", () -> {
            calls.incrementAndGet();
            return refusals.getAndDecrement() <= 0;
        });
        PeerPush prompt = new PeerPush("prompt-settings", () -> true);
        List<PeerSync> syncs = List.of(() -> flaky, () -> prompt);
        try {
            HealthCheckResponse first = PeerSyncReadiness.of(syncs);
            assertEquals(HealthCheckResponse.Status.DOWN, first.getStatus());
            assertEquals("flaky-table,prompt-settings", first.getData().orElseThrow().get("pending"));

            prompt.now();
            flaky.inBackground();
            HealthCheckResponse waiting = PeerSyncReadiness.of(syncs);
            assertEquals(HealthCheckResponse.Status.DOWN, waiting.getStatus());
            assertEquals("flaky-table", waiting.getData().orElseThrow().get("pending"));

            // three refusals, retried after 0.25 + 0.5 + 1 s
            Await.value("the refused push retried until taken", () -> flaky.delivered() ? true : null);
            assertEquals(4, calls.get());
            assertEquals(HealthCheckResponse.Status.UP, PeerSyncReadiness.of(syncs).getStatus());

            refusals.set(1);
            flaky.now();
            assertEquals(HealthCheckResponse.Status.UP, PeerSyncReadiness.of(syncs).getStatus(),
                    "a peer that refuses after its first delivery does not make us unready");
        } finally {
            flaky.stop();
            prompt.stop();
        }
    }
}
