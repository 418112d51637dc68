package io.berth.registry.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.RegistryEvent;
import io.berth.common.http.OutboundHttp;
import io.berth.common.internal.InternalSecret;
import io.berth.registry.config.BerthConfig;
import io.berth.registry.config.NotificationsConfig;
import io.berth.registry.storage.driver.FilesystemDriver;
import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Registry events to their endpoints: each event is written durably to the {@link EventJournal}
 * before the request that caused it is answered, and one delivery loop per endpoint drains it
 * at least once. Without an enabled endpoint nothing is written.
 */
@Singleton
public class EventNotifier {

    private static final Logger LOG = Logger.getLogger(EventNotifier.class);
    /** Where the journal lives in the storage driver's namespace, unless {@code berth.outbox-dir} names a folder. */
    static final String DIR = "/_berth/outbox";

    private final EventJournal journal;
    private final List<Delivery> deliveries = new ArrayList<>();

    public EventNotifier(NotificationsConfig notifications, BerthConfig berth, StorageDriver storage,
            InternalSecret secret, ObjectMapper json, MeterRegistry metrics, OutboundHttp http) {
        List<NotificationsConfig.Endpoint> endpoints = notifications.endpoints().orElse(List.of()).stream()
                .filter(e -> !e.disabled()).toList();
        if (endpoints.isEmpty()) {
            journal = null;
            return;
        }
        try {
            StorageDriver driver = berth.outboxDir().isPresent()
                    ? new FilesystemDriver(Path.of(berth.outboxDir().get())) : storage;
            String dir = berth.outboxDir().isPresent() ? "/" : DIR;
            journal = new EventJournal(driver, dir, json);
            for (NotificationsConfig.Endpoint e : endpoints) {
                importLegacy(driver, dir, e.name(), json);
                java.net.URI.create(e.url()); // a malformed URL stops the start, as before
                EventSender sender = new EventSender(http.web(false), e.url(), e.timeout(),
                        secret.configured() ? secret.value() : null, json);
                Delivery d = new Delivery(e.name(), journal, sender, e.backoff());
                deliveries.add(d);
                journal.onCommit(d::wake);
                metrics.gauge("berth.events.pending", Tags.of("endpoint", e.name()), this, n -> n.pendingOrNaN(e.name()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Events an older Berth left as one JSON file each in {@code <dir>/<endpoint>/}: moved into the
     * journal (oldest first) so an upgrade loses none.
     */
    private void importLegacy(StorageDriver driver, String dir, String endpoint, ObjectMapper json) throws IOException {
        String folder = (dir.equals("/") ? "" : dir) + "/" + endpoint;
        List<String> files;
        try {
            files = driver.list(folder).stream().filter(f -> f.endsWith(".json")).toList();
        } catch (PathNotFoundException e) {
            return;
        }
        for (String f : files) {
            journal.append(json.readValue(driver.getContent(f), RegistryEvent.class));
            driver.delete(f);
        }
        LOG.infof("events of the former outbox moved into the journal: endpoint=%s events=%d", endpoint, files.size());
    }

    /** Makes the event durable for every endpoint; the request that caused it fails if that fails. */
    void onEvent(@Observes RegistryEvent event) {
        if (journal == null) {
            return;
        }
        try {
            journal.append(event);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to write event " + event.id(), e);
        }
    }

    void start(@Observes StartupEvent ev) {
        deliveries.forEach(Delivery::start);
    }

    void stop(@Observes ShutdownEvent ev) throws IOException {
        deliveries.forEach(Delivery::stop);
        if (journal != null) {
            journal.close();
        }
    }

    /** Events waiting for the named endpoint. */
    public long pending(String endpoint) throws IOException {
        for (Delivery d : deliveries) {
            if (d.name().equals(endpoint)) {
                return journal.pending(endpoint);
            }
        }
        return 0;
    }

    private double pendingOrNaN(String endpoint) {
        try {
            return pending(endpoint);
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
