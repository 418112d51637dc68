package io.berth.common.event;

import java.util.List;

/** The body of a POST to {@code /internal/v1/events}: a batch of events, oldest first. */
public record EventEnvelope(List<RegistryEvent> events) {
}
