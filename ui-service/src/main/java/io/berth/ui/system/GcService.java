package io.berth.ui.system;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.Slice;
import io.berth.ui.registry.RegistryCoreClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Starts garbage collections: records a {@code Running} row, then asks registry-core on a
 * background thread and stores the outcome with its report. One at a time: a request while one
 * runs is a 409, and registry-core refuses a second run too.
 */
@ApplicationScoped
public class GcService {

    private static final Logger LOG = Logger.getLogger(GcService.class);

    private final GcRunRepository runs;
    private final RegistryCoreClient registry;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "berth-gc");
        t.setDaemon(true);
        return t;
    });

    public GcService(GcRunRepository runs, RegistryCoreClient registry) {
        this.runs = runs;
        this.registry = registry;
    }

    /** A run still marked Running at start-up was cut off by a stop; it would block every later run. */
    void interrupted(@Observes StartupEvent ignored) {
        int n = QuarkusTransaction.requiringNew().call(() -> runs.update(
                "status = ?1, report = ?2, updateTime = ?3 where status = ?4", GcRunEntity.ERROR,
                "interrupted: ui-service stopped before registry-core answered", Instant.now(), GcRunEntity.RUNNING));
        if (n > 0) {
            LOG.warnf("garbage collections interrupted by a restart marked as errors: %d", n);
        }
    }

    public GcRunEntity start(boolean dryRun, boolean deleteUntagged) {
        GcRunEntity run = QuarkusTransaction.requiringNew().call(() -> {
            if (runs.count("status", GcRunEntity.RUNNING) > 0) {
                throw HarborException.conflict("a garbage collection is already running");
            }
            Instant now = Instant.now();
            GcRunEntity r = new GcRunEntity();
            r.status = GcRunEntity.RUNNING;
            r.dryRun = dryRun;
            r.deleteUntagged = deleteUntagged;
            r.created(now);
            runs.persist(r);
            return r;
        });
        long id = run.id;
        worker.execute(() -> collect(id, dryRun, deleteUntagged));
        return run;
    }

    /** A collection as its history lists it: Harbor's view of it and its report (empty while it runs). */
    public record Run(GcView view, String report) {
    }

    /** One page of collections, newest first, and the total. */
    public record History(List<Run> items, long total) {
    }

    public History history(PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Slice<GcRunEntity> found = Slice.of(runs.findAll(Sort.descending("id")), page);
            return new History(found.items().stream()
                    .map(r -> new Run(GcView.of(r), r.report == null ? "" : r.report)).toList(), found.total());
        });
    }

    private void collect(long id, boolean dryRun, boolean deleteUntagged) {
        String status;
        String report;
        try {
            RegistryCoreClient.GcOutcome outcome = registry.gc(dryRun, deleteUntagged);
            status = outcome.succeeded() ? GcRunEntity.SUCCESS : GcRunEntity.ERROR;
            report = outcome.succeeded() ? outcome.body()
                    : "registry-core answered " + outcome.status() + ": " + outcome.body();
        } catch (RuntimeException e) {
            LOG.error("garbage collection failed", e);
            status = GcRunEntity.ERROR;
            report = "registry-core unavailable: " + e.getClass().getSimpleName();
        }
        String s = status;
        String r = report;
        QuarkusTransaction.requiringNew().run(() -> {
            GcRunEntity run = runs.findById(id);
            run.status = s;
            run.report = r;
            run.updateTime = Instant.now();
        });
        LOG.infof("garbage collection %d finished: %s", id, s);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
