package io.berth.registry.proxy;

import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.UploadStore;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Blobs missing from a repository in mirror mode: linked from the pool when another repository
 * has them, else fetched from upstream into an upload (hashed while written, visible only once
 * the digest matches). Concurrent requests for one digest share a single upstream fetch.
 */
@Singleton
public class ProxyBlobs {

    private static final Logger LOG = Logger.getLogger(ProxyBlobs.class);

    private final UpstreamRouter upstreams;
    private final LinkedBlobStore links;
    private final BlobStore blobs;
    private final UploadStore uploads;
    private final SingleFlight flights = new SingleFlight();

    public ProxyBlobs(UpstreamRouter upstreams, LinkedBlobStore links, BlobStore blobs, UploadStore uploads) {
        this.upstreams = upstreams;
        this.links = links;
        this.blobs = blobs;
        this.uploads = uploads;
    }

    /** Makes the blob present in the repository if the upstream has it; a no-op without a proxy. */
    public void ensure(String repo, Digest d) throws Exception {
        if (links.stat(repo, d).isPresent()) {
            return;
        }
        Optional<UpstreamRoute> route = upstreams.route(repo);
        if (route.isEmpty()) {
            return;
        }
        flights.run(d.toString(), () -> {
            if (blobs.stat(d).isEmpty()) {
                fetch(route.get(), repo, d);
            }
        });
        if (links.stat(repo, d).isEmpty() && blobs.stat(d).isPresent()) {
            links.link(repo, d);
        }
    }

    private void fetch(UpstreamRoute route, String repo, Digest d) throws Exception {
        HttpResponse<InputStream> r = route.client().getBlob(route.remoteName(), d.toString());
        try (InputStream body = r.body()) {
            if (r.statusCode() == 404) {
                throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
            }
            String id = uploads.start(repo);
            try {
                uploads.append(repo, id, null, body);
                uploads.complete(repo, id, d, null);
                LOG.debugf("cached upstream blob %s", d);
            } catch (StoreException e) {
                discard(repo, id);
                if (e.error() == StoreError.DIGEST_MISMATCH) {
                    throw new UpstreamContentException("upstream blob does not match its digest " + d);
                }
                throw e;
            } catch (Exception e) {
                discard(repo, id);
                throw e instanceof java.io.IOException io
                        ? new UpstreamException(0, "upstream blob transfer failed: " + io.getMessage(), io) : e;
            }
        }
    }

    private void discard(String repo, String id) {
        try {
            uploads.cancel(repo, id);
        } catch (StoreException e) {
            // already gone
        }
    }
}
