package io.berth.registry.proxy;

import io.berth.registry.config.BerthConfig;
import io.berth.registry.manifest.InvalidManifestException;
import io.berth.registry.manifest.ManifestService;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.ManifestStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.TagStore;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Manifests in mirror mode. By digest: local first, fetched once when missing. By tag: the
 * upstream is asked (HEAD); a matching local copy is served, otherwise the manifest is fetched,
 * verified and the local tag moved. With the upstream failing, the cached tag is served.
 */
@Singleton
public class ProxyManifests {

    private static final Logger LOG = Logger.getLogger(ProxyManifests.class);
    static final String DEFAULT_ACCEPT = String.join(", ",
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.docker.distribution.manifest.v2+json");

    private final UpstreamRouter upstreams;
    private final ManifestStore manifests;
    private final TagStore tags;
    private final ManifestService service;
    private final int maxBytes;
    private final SingleFlight flights = new SingleFlight();

    public ProxyManifests(UpstreamRouter upstreams, ManifestStore manifests, TagStore tags, ManifestService service,
            BerthConfig berth) {
        this.upstreams = upstreams;
        this.manifests = manifests;
        this.tags = tags;
        this.service = service;
        this.maxBytes = berth.manifestMaxBytes();
    }

    /**
     * Brings the local copy of {@code tag} or {@code digest} up to date; a no-op without a proxy.
     * Returns true when this call changed the cache (a manifest stored, a tag moved), so the caller
     * announces it like a push; concurrent callers sharing the fetch get false.
     */
    public boolean refresh(String repo, String tag, Digest digest, String accept) throws Exception {
        Optional<UpstreamRoute> route = upstreams.route(repo);
        if (route.isEmpty()) {
            return false;
        }
        UpstreamRoute upstream = route.get();
        String wanted = accept == null || accept.isBlank() ? DEFAULT_ACCEPT : accept;
        boolean[] changed = {false};
        if (digest != null) {
            if (!manifests.exists(repo, digest)) {
                flights.run(repo + "@" + digest, () -> {
                    if (!manifests.exists(repo, digest)) {
                        fetch(upstream, repo, digest.toString(), digest, null, wanted);
                        // untagged on purpose, yet pulled: a pin keeps GC's delete-untagged away from it
                        manifests.pin(repo, digest);
                        changed[0] = true;
                    }
                });
            }
            return changed[0];
        }
        Optional<Digest> local = tags.resolve(repo, tag).filter(d -> manifests.exists(repo, d));
        flights.run(repo + ":" + tag, () -> changed[0] = refreshTag(upstream, repo, tag, local, wanted));
        return changed[0];
    }

    private boolean refreshTag(UpstreamRoute upstream, String repo, String tag, Optional<Digest> local, String accept)
            throws Exception {
        HttpResponse<InputStream> head;
        try {
            head = upstream.client().headManifest(upstream.remoteName(), tag, accept);
            head.body().close();
        } catch (UpstreamException e) {
            if (local.isPresent()) {
                LOG.debugf("upstream failed, serving the cached tag: %s", e.getMessage());
                return false;
            }
            throw e;
        }
        if (head.statusCode() == 404) {
            return false; // a locally pushed tag is still served; otherwise the local lookup answers 404
        }
        Optional<Digest> remote = head.headers().firstValue("Docker-Content-Digest").filter(Digest::isDigest)
                .map(Digest::parse);
        if (remote.isPresent() && remote.equals(local)) {
            return false;
        }
        if (remote.isPresent() && manifests.exists(repo, remote.get())) {
            service.tag(repo, tag, remote.get());
            return true;
        }
        try {
            fetch(upstream, repo, tag, remote.orElse(null), tag, accept);
            return true;
        } catch (UpstreamException e) {
            if (local.isEmpty()) {
                throw e;
            }
            return false;
        }
    }

    private void fetch(UpstreamRoute upstream, String repo, String reference, Digest expected, String tag,
            String accept) throws IOException {
        HttpResponse<InputStream> r = upstream.client().getManifest(upstream.remoteName(), reference, accept);
        byte[] content;
        try (InputStream in = r.body()) {
            if (r.statusCode() == 404) {
                throw new StoreException(StoreError.MANIFEST_UNKNOWN, reference);
            }
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            throw new UpstreamContentException("upstream manifest exceeds " + maxBytes + " bytes");
        }
        Digest actual;
        try {
            actual = service.cache(repo, tag, expected, r.headers().firstValue("Content-Type").orElse(null), content)
                    .digest();
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
