package io.berth.registry.gc;

import io.berth.registry.config.StorageConfig;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.UploadStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** distribution's upload purging: removes upload sessions older than {@code age}, every {@code interval}. */
@Singleton
public class UploadPurger {

    private static final Logger LOG = Logger.getLogger(UploadPurger.class);

    private final UploadStore uploads;
    private final StorageConfig.UploadPurging config;
    private ScheduledExecutorService scheduler;

    public UploadPurger(UploadStore uploads, StorageConfig storage) {
        this.uploads = uploads;
        this.config = storage.maintenance().uploadpurging();
    }

    void start(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "berth-upload-purger");
            t.setDaemon(true);
            return t;
        });
        long interval = Math.max(60, config.interval().toSeconds());
        scheduler.scheduleWithFixedDelay(() -> purge(config.age(), config.dryrun()),
                Math.min(interval, 300), interval, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent ev) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Purges uploads started more than {@code age} ago; returns how many were (or would be) removed. */
    public int purge(Duration age, boolean dryRun) {
        Instant before = Instant.now().minus(age);
        int n = 0;
        try {
            for (UploadStore.UploadInfo u : uploads.all()) {
                if (u.startedAt().isBefore(before)) {
                    if (!dryRun) {
                        try {
                            uploads.cancel(u.repository(), u.id());
                        } catch (StoreException e) {
                            continue; // finished meanwhile
                        }
                    }
                    n++;
                }
            }
            LOG.infof("upload purging finished: purged=%d dry_run=%s", n, dryRun);
        } catch (RuntimeException e) {
            LOG.warnf(e, "failed to purge uploads");
        }
        return n;
    }
}
