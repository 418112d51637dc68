package io.berth.registry.event;

import io.berth.common.event.RegistryEvent;
import io.berth.registry.manifest.ManifestRequest;
import io.berth.registry.manifest.ManifestService;
import io.berth.registry.manifest.Requester;
import io.berth.registry.manifest.StoredManifest;
import io.berth.registry.storage.Digest;

/**
 * Announces what passes through to the manifests it wraps (distribution's notifications
 * listener): a stored or tagged manifest as a push, a GET (not a HEAD) as a pull, a removed tag
 * or revision as a delete, each once the store has done it and before the caller answers, so a
 * failure to record the event fails the request.
 */
public final class NotifyingManifests implements ManifestService {

    private final ManifestService delegate;
    private final ManifestEvents events;

    public NotifyingManifests(ManifestService delegate, ManifestEvents events) {
        this.delegate = delegate;
        this.events = events;
    }

    @Override
    public StoredManifest get(ManifestRequest request) throws Exception {
        StoredManifest m = delegate.get(request);
        if (!request.head()) {
            fire(RegistryEvent.PULL, request.by(), request.repo(), request.tag(), m);
        }
        return m;
    }

    @Override
    public StoredManifest put(String repo, String tag, Digest expected, String contentType, byte[] content,
            Requester by) {
        return fire(RegistryEvent.PUSH, by, repo, tag, delegate.put(repo, tag, expected, contentType, content, by));
    }

    @Override
    public StoredManifest cache(String repo, String tag, Digest expected, String contentType, byte[] content,
            Requester by) {
        return fire(RegistryEvent.PUSH, by, repo, tag, delegate.cache(repo, tag, expected, contentType, content, by));
    }

    @Override
    public StoredManifest tag(String repo, String tag, Digest digest, Requester by) {
        return fire(RegistryEvent.PUSH, by, repo, tag, delegate.tag(repo, tag, digest, by));
    }

    @Override
    public StoredManifest untag(String repo, String tag, Requester by) {
        return fire(RegistryEvent.DELETE, by, repo, tag, delegate.untag(repo, tag, by));
    }

    @Override
    public StoredManifest delete(String repo, Digest digest, Requester by) {
        return fire(RegistryEvent.DELETE, by, repo, null, delegate.delete(repo, digest, by));
    }

    private StoredManifest fire(String action, Requester by, String repo, String tag, StoredManifest m) {
        events.fire(action, by == null ? null : by.actor(), repo, tag, m, by == null ? null : by.userAgent());
        return m;
    }
}
