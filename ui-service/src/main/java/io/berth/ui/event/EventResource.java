package io.berth.ui.event;

import io.berth.common.event.EventEnvelope;
import io.berth.common.event.RegistryEvent;
import io.berth.common.harbor.HarborException;
import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * registry-core delivers its events here (internal secret checked by a filter). Each event is
 * applied in its own transaction, oldest first; a failure answers non-2xx so the sender retries
 * the batch, and the events already applied are then skipped by id.
 */
@Path(InternalApi.EVENTS)
public class EventResource {

    private final EventService events;

    public EventResource(EventService events) {
        this.events = events;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> receive(EventEnvelope envelope) {
        if (envelope == null || envelope.events() == null) {
            throw HarborException.badRequest("events are required");
        }
        for (RegistryEvent e : envelope.events()) {
            if (e == null || e.id() == null || e.id().isEmpty() || e.id().length() > 191 || e.action() == null) {
                throw HarborException.badRequest("every event needs an id (at most 191 characters) and an action");
            }
        }
        int applied = 0;
        for (RegistryEvent e : envelope.events()) {
            if (events.apply(e)) {
                applied++;
            }
        }
        return Map.of("received", envelope.events().size(), "applied", applied);
    }
}
