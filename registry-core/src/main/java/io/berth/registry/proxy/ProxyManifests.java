package io.berth.registry.proxy;

import io.berth.common.oci.MediaTypes;
import io.berth.registry.manifest.InvalidManifestException;
import io.berth.registry.manifest.ManifestRequest;
import io.berth.registry.manifest.ManifestService;
import io.berth.registry.manifest.Requester;
import io.berth.registry.manifest.StoredManifest;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.ManifestStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.TagStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The pull-through cache in front of the manifests it wraps (distribution's proxy manifest
 * store), for every repository that has an upstream. A read by digest: local first, fetched once
 * when missing. By tag: the upstream is asked (HEAD); a matching local copy is served, otherwise
 * the manifest is fetched, verified and the local tag moved. With the upstream failing, the cached
 * tag is served. What it caches it stores through the wrapped service as {@link #ACTOR}, so it is
 * announced like a push; writes pass through.
 */
public final class ProxyManifests implements ManifestService {

    private static final Logger LOG = Logger.getLogger(ProxyManifests.class);
    /** The actor of the pushes that store content cached from upstream. */
    public static final String ACTOR = "berth-proxy";
    static final String DEFAULT_ACCEPT = String.join(", ", MediaTypes.OCI_INDEX, MediaTypes.OCI_MANIFEST,
            MediaTypes.DOCKER_LIST, MediaTypes.DOCKER_MANIFEST);

    private final ManifestService delegate;
    private final UpstreamRouter upstreams;
    private final ManifestStore manifests;
    private final TagStore tags;
    private final int maxBytes;
    private final SingleFlight flights = new SingleFlight();

    /** {@code maxBytes}: the largest manifest taken from upstream (as from a push, berth.manifest-max-bytes). */
    public ProxyManifests(ManifestService delegate, UpstreamRouter upstreams, ManifestStore manifests, TagStore tags,
            int maxBytes) {
        this.delegate = delegate;
        this.upstreams = upstreams;
        this.manifests = manifests;
        this.tags = tags;
        this.maxBytes = maxBytes;
    }

    @Override
    public StoredManifest get(ManifestRequest request) throws Exception {
        refresh(request);
        return delegate.get(request);
    }

    @Override
    public StoredManifest put(String repo, String tag, Digest expected, String contentType, byte[] content,
            Requester by) {
        return delegate.put(repo, tag, expected, contentType, content, by);
    }

    @Override
    public StoredManifest cache(String repo, String tag, Digest expected, String contentType, byte[] content,
            Requester by) {
        return delegate.cache(repo, tag, expected, contentType, content, by);
    }

    @Override
    public StoredManifest tag(String repo, String tag, Digest digest, Requester by) {
        return delegate.tag(repo, tag, digest, by);
    }

    @Override
    public StoredManifest untag(String repo, String tag, Requester by) {
        return delegate.untag(repo, tag, by);
    }

    @Override
    public StoredManifest delete(String repo, Digest digest, Requester by) {
        return delegate.delete(repo, digest, by);
    }

    /**
     * Brings the local copy of the requested tag or digest up to date; a no-op for a repository
     * without an upstream. Concurrent requests for one reference share one fetch.
     */
    private void refresh(ManifestRequest request) throws Exception {
        String repo = request.repo();
        Optional<UpstreamRoute> route = upstreams.route(repo);
        if (route.isEmpty()) {
            return;
        }
        UpstreamRoute upstream = route.get();
        String accept = String.join(", ", request.accept());
        String wanted = accept.isBlank() ? DEFAULT_ACCEPT : accept;
        Requester proxy = new Requester(ACTOR, request.by() == null ? null : request.by().userAgent());
        Digest digest = request.digest();
        if (digest != null) {
            if (!manifests.exists(repo, digest)) {
                flights.run(repo + "@" + digest, () -> {
                    if (!manifests.exists(repo, digest)) {
                        try {
                            fetch(upstream, repo, digest.toString(), digest, null, wanted, proxy);
                        } finally {
                            // untagged on purpose, yet pulled: a pin keeps GC's delete-untagged away from it
                            // (stored even when announcing it failed, since the manifest stays)
                            if (manifests.exists(repo, digest)) {
                                manifests.pin(repo, digest);
                            }
                        }
                    }
                });
            }
            return;
        }
        String tag = request.tag();
        Optional<Digest> local = tags.resolve(repo, tag).filter(d -> manifests.exists(repo, d));
        flights.run(repo + ":" + tag, () -> refreshTag(upstream, repo, tag, local, wanted, proxy));
    }

    private void refreshTag(UpstreamRoute upstream, String repo, String tag, Optional<Digest> local, String accept,
            Requester proxy) throws Exception {
        UpstreamResponse head;
        try {
            head = upstream.client().headManifest(upstream.remoteName(), tag, accept);
            head.close();
        } catch (UpstreamException e) {
            if (local.isPresent()) {
                LOG.debugf("upstream failed, serving the cached tag: %s", e.getMessage());
                return;
            }
            throw e;
        }
        if (head.statusCode() == 404) {
            return; // a locally pushed tag is still served; otherwise the local lookup answers 404
        }
        Optional<Digest> remote = head.header("Docker-Content-Digest").filter(Digest::isDigest)
                .map(Digest::parse);
        if (remote.isPresent() && remote.equals(local)) {
            return;
        }
        if (remote.isPresent() && manifests.exists(repo, remote.get())) {
            delegate.tag(repo, tag, remote.get(), proxy);
            return;
        }
        try {
            fetch(upstream, repo, tag, remote.orElse(null), tag, accept, proxy);
        } catch (UpstreamException e) {
            if (local.isEmpty()) {
                throw e;
            }
        }
    }

    private void fetch(UpstreamRoute upstream, String repo, String reference, Digest expected, String tag,
            String accept, Requester proxy) throws IOException {
        byte[] content;
        String contentType;
        try (UpstreamResponse r = upstream.client().getManifest(upstream.remoteName(), reference, accept);
                InputStream in = r.body()) {
            if (r.statusCode() == 404) {
                throw new StoreException(StoreError.MANIFEST_UNKNOWN, reference);
            }
            content = in.readNBytes(maxBytes + 1);
            contentType = r.header("Content-Type").orElse(null);
        } catch (IOException e) {
            throw new UpstreamException(0, "upstream manifest transfer failed: " + e.getMessage(), e);
        }
        if (content.length > maxBytes) {
            throw new UpstreamContentException("upstream manifest exceeds " + maxBytes + " bytes");
        }
        Digest actual;
        try {
            actual = delegate.cache(repo, tag, expected, contentType, content, proxy).digest();
        } catch (StoreException e) {
            if (e.error() != StoreError.DIGEST_MISMATCH) {
                throw e;
            }
            throw new UpstreamContentException("upstream manifest does not match " + expected);
        } catch (InvalidManifestException e) {
            throw new UpstreamContentException("upstream sent an invalid manifest: " + e.getMessage());
        }
        LOG.debugf("cached upstream manifest %s", actual);
    }
}
