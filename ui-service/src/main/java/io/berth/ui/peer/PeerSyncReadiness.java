package io.berth.ui.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until every peer has taken our state once since we started: before that, auth-service
 * may apply settings older than ours and registry-core an old cache-project table, and a suite that
 * says it is up would still be changing underneath its first requests. Once delivered, a peer that
 * goes away later does not make us unready (the pushes retry; our own pages keep working).
 */
@Readiness
@ApplicationScoped
public class PeerSyncReadiness implements HealthCheck {

    private final Instance<PeerSync> syncs;

    PeerSyncReadiness(@Any Instance<PeerSync> syncs) {
        this.syncs = syncs;
    }

    @Override
    public HealthCheckResponse call() {
        return of(syncs);
    }

    static HealthCheckResponse of(Iterable<? extends PeerSync> syncs) {
        List<String> pending = new ArrayList<>();
        for (PeerSync sync : syncs) {
            if (!sync.pushes().delivered()) {
                pending.add(sync.pushes().what());
            }
        }
        return HealthCheckResponse.named("peer-sync").status(pending.isEmpty())
                .withData("pending", String.join(",", pending)).build();
    }
}
