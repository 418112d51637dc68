package io.berth.registry.event;

import io.berth.common.event.Platform;
import io.berth.common.event.RegistryEvent;
import io.berth.registry.manifest.LocalManifests;
import io.berth.registry.manifest.StoredManifest;
import io.berth.registry.storage.Digest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Announces a push, pull or delete of a manifest as a {@link RegistryEvent} (for
 * {@link NotifyingManifests}), whether a client on {@code /v2/}, the pull-through cache or
 * ui-service over the internal API caused it, so all look alike downstream.
 */
@Singleton
public class ManifestEvents {

    private final Event<RegistryEvent> events;
    private final LocalManifests manifests;

    public ManifestEvents(Event<RegistryEvent> events, LocalManifests manifests) {
        this.events = events;
        this.manifests = manifests;
    }

    public void fire(String action, String actor, String repo, String tag, StoredManifest m, String userAgent) {
        Map<String, Platform> platforms = new LinkedHashMap<>();
        m.parsed().platforms().forEach((d, p) -> platforms.put(d.toString(), p));
        events.fire(new RegistryEvent(UUID.randomUUID().toString(), action, Instant.now().toString(), actor, repo, tag,
                m.digest().toString(), m.mediaType(), manifests.totalSize(repo, m),
                m.parsed().children().stream().map(Digest::toString).toList(), userAgent, platforms));
    }
}
