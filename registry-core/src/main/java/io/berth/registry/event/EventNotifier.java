package io.berth.registry.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.RegistryEvent;
import io.berth.common.internal.InternalSecret;
import io.berth.registry.config.BerthConfig;
import io.berth.registry.config.NotificationsConfig;
import io.berth.registry.config.StorageConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Listens to registry events: writes each durably to every endpoint's outbox before the
 * request is answered, and runs one delivery loop per endpoint that drains it at least once.
 */
@Singleton
public class EventNotifier {

    private static final Logger LOG = Logger.getLogger(EventNotifier.class);

    private final List<Delivery> deliveries = new ArrayList<>();

    public EventNotifier(NotificationsConfig notifications, BerthConfig berth, StorageConfig storage,
            InternalSecret secret, ObjectMapper json) {
        Path base = Path.of(berth.outboxDir().orElse(storage.filesystem().rootdirectory() + "/_berth/outbox"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        for (NotificationsConfig.Endpoint e : notifications.endpoints().orElse(List.of())) {
            if (e.disabled()) {
                continue;
            }
            try {
                Outbox outbox = new Outbox(base.resolve(e.name()), json);
                EventSender sender = new EventSender(client, URI.create(e.url()), e.timeout(),
                        secret.configured() ? secret.value() : null, json);
                deliveries.add(new Delivery(e.name(), outbox, sender, e.backoff()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    void onEvent(@Observes RegistryEvent event) {
        for (Delivery d : deliveries) {
            try {
                d.outbox().append(event);
                d.wake();
            } catch (IOException e) {
                LOG.errorf(e, "failed to write event to outbox: endpoint=%s id=%s", d.name(), event.id());
            }
        }
    }

    void start(@Observes StartupEvent ev) {
        deliveries.forEach(Delivery::start);
    }

    void stop(@Observes ShutdownEvent ev) {
        deliveries.forEach(Delivery::stop);
    }

    /** Events waiting for the named endpoint. */
    public long pending(String endpoint) throws IOException {
        for (Delivery d : deliveries) {
            if (d.name().equals(endpoint)) {
                return d.outbox().size();
            }
        }
        return 0;
    }
}
