package io.berth.registry.proxy;

import io.berth.registry.blob.BlobReply;
import io.berth.registry.blob.BlobService;
import io.berth.registry.blob.BlobTee;
import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.UploadStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * The pull-through cache in front of the blobs it wraps (distribution's proxy blob store), for
 * every repository that has an upstream. A blob missing from the repository is linked from the
 * pool when another repository has it, else fetched from upstream into an upload (hashed while
 * written, visible only once the digest matches). The client that triggered the fetch receives
 * the bytes while they are stored ({@link BlobTee}); concurrent requests for one digest share
 * that single upstream GET and are served from storage once it is committed. A HEAD of a blob
 * not cached is answered from an upstream HEAD; a range of one is served after fetching it all.
 */
public final class ProxyBlobs implements BlobService {

    private static final Logger LOG = Logger.getLogger(ProxyBlobs.class);

    private final BlobService delegate;
    private final UpstreamRouter upstreams;
    private final LinkedBlobStore links;
    private final BlobStore blobs;
    private final UploadStore uploads;
    private final SingleFlight flights = new SingleFlight();

    public ProxyBlobs(BlobService delegate, UpstreamRouter upstreams, LinkedBlobStore links, BlobStore blobs,
            UploadStore uploads) {
        this.delegate = delegate;
        this.upstreams = upstreams;
        this.links = links;
        this.blobs = blobs;
        this.uploads = uploads;
    }

    @Override
    public void serve(String repo, Digest digest, BlobReply reply) throws Exception {
        if (reply.head()) {
            OptionalLong remote = remoteSize(repo, digest);
            if (remote.isPresent()) { // nothing fetched
                reply.described(remote.getAsLong());
                return;
            }
        } else if (!reply.ranged()) {
            if (ensure(repo, digest, reply)) {
                reply.finish();
                return;
            }
        } else {
            ensure(repo, digest, null); // a range of an uncached blob: fetch it all first
        }
        delegate.serve(repo, digest, reply);
    }

    @Override
    public void delete(String repo, Digest digest) {
        delegate.delete(repo, digest);
    }

    /**
     * Makes the blob present in the repository if the upstream has it; a no-op without an
     * upstream. When this call fetches the blob and {@code tee} is given, the tee receives it while
     * it is stored. Returns true when it did: the blob went to the tee in full and is now committed.
     * False: the blob is local (or unknown without an upstream), serve it from storage. A digest
     * mismatch after bytes went to the tee throws {@link UpstreamContentException}.
     */
    private boolean ensure(String repo, Digest d, BlobTee tee) throws Exception {
        if (links.stat(repo, d).isPresent()) {
            return false;
        }
        Optional<UpstreamRoute> route = upstreams.route(repo);
        if (route.isEmpty()) {
            return false;
        }
        boolean[] streamed = {false};
        flights.run(d.toString(), () -> {
            if (blobs.stat(d).isEmpty()) {
                fetch(route.get(), repo, d, tee);
                streamed[0] = tee != null;
            }
        });
        if (links.stat(repo, d).isEmpty() && blobs.stat(d).isPresent()) {
            links.link(repo, d);
        }
        return streamed[0];
    }

    /**
     * The size of a blob that is neither in the repository nor in the pool, from an upstream HEAD
     * (no body is fetched); empty when it is local or there is no proxy. 404 upstream → BLOB_UNKNOWN.
     */
    private OptionalLong remoteSize(String repo, Digest d) {
        if (links.stat(repo, d).isPresent()) {
            return OptionalLong.empty();
        }
        Optional<UpstreamRoute> route = upstreams.route(repo);
        if (route.isEmpty()) {
            return OptionalLong.empty();
        }
        if (blobs.stat(d).isPresent()) {
            links.link(repo, d);
            return OptionalLong.empty();
        }
        UpstreamResponse r = route.get().client().headBlob(route.get().remoteName(), d.toString());
        r.close(); // nothing to read on a HEAD
        if (r.statusCode() == 404) {
            throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
        }
        OptionalLong length = r.contentLength();
        if (length.isEmpty()) {
            throw new UpstreamException(502, "upstream HEAD of " + d + " named no Content-Length", null);
        }
        return length;
    }

    private void fetch(UpstreamRoute route, String repo, Digest d, BlobTee tee) throws Exception {
        try (UpstreamResponse r = route.client().getBlob(route.remoteName(), d.toString());
                InputStream body = r.body()) {
            if (r.statusCode() == 404) {
                throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
            }
            String id = uploads.start(repo);
            try {
                InputStream source = body;
                if (tee != null) {
                    tee.begin(r.contentLength().orElse(-1));
                    source = new TeeStream(body, tee);
                }
                uploads.append(repo, id, null, source);
                uploads.complete(repo, id, d, null);
                LOG.debugf("cached upstream blob %s", d);
            } catch (StoreException e) {
                uploads.discard(repo, id);
                if (e.error() == StoreError.DIGEST_MISMATCH) {
                    throw new UpstreamContentException("upstream blob does not match its digest " + d);
                }
                throw e;
            } catch (Exception e) {
                uploads.discard(repo, id);
                throw e instanceof IOException io
                        ? new UpstreamException(0, "upstream blob transfer failed: " + io.getMessage(), io) : e;
            }
        }
    }

    /** Hands every chunk read from upstream to the tee as the upload reads it. */
    private static final class TeeStream extends FilterInputStream {

        private final BlobTee tee;

        TeeStream(InputStream in, BlobTee tee) {
            super(in);
            this.tee = tee;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                tee.chunk(b, off, n);
            }
            return n;
        }
    }
}
