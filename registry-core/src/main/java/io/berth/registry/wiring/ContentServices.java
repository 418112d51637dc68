package io.berth.registry.wiring;

import io.berth.registry.blob.BlobService;
import io.berth.registry.blob.LocalBlobs;
import io.berth.registry.config.BerthConfig;
import io.berth.registry.event.ManifestEvents;
import io.berth.registry.event.NotifyingManifests;
import io.berth.registry.manifest.LocalManifests;
import io.berth.registry.manifest.ManifestService;
import io.berth.registry.proxy.ProxyBlobs;
import io.berth.registry.proxy.ProxyManifests;
import io.berth.registry.proxy.UpstreamRouter;
import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.ManifestStore;
import io.berth.registry.storage.TagStore;
import io.berth.registry.storage.UploadStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one place that assembles what clients reach: the local stores wrapped by their decorators,
 * the way distribution wraps its repository in a proxy and a notifications listener.
 * <ul>
 * <li>manifests: pull-through cache → announcement of pushes, pulls and deletes → local store; the
 * cache stores what it fetched through the announcing layer, so cached content is announced like a
 * push, before the pull that caused it;</li>
 * <li>blobs: pull-through cache → local store (blobs are not announced).</li>
 * </ul>
 * The cache layers are always there: which repositories have an upstream (the mirror, a cache
 * project) is decided per request, since ui-service can add cache projects at any time.
 */
@Singleton
public class ContentServices {

    @Produces
    @Singleton
    ManifestService manifests(LocalManifests local, ManifestEvents events, UpstreamRouter upstreams,
            ManifestStore manifests, TagStore tags, BerthConfig berth) {
        return new ProxyManifests(new NotifyingManifests(local, events), upstreams, manifests, tags,
                berth.manifestMaxBytes());
    }

    @Produces
    @Singleton
    BlobService blobs(LocalBlobs local, UpstreamRouter upstreams, LinkedBlobStore links, BlobStore blobs,
            UploadStore uploads) {
        return new ProxyBlobs(local, upstreams, links, blobs, uploads);
    }
}
