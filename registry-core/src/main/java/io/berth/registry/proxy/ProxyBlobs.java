package io.berth.registry.proxy;

import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.UploadStore;
import jakarta.inject.Singleton;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Blobs missing from a repository in mirror mode: linked from the pool when another repository
 * has them, else fetched from upstream into an upload (hashed while written, visible only once
 * the digest matches). The client that triggered the fetch receives the bytes while they are
 * stored ({@link BlobTee}); concurrent requests for one digest share that single upstream GET and
 * are served from storage once it is committed.
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
        ensure(repo, d, null);
    }

    /**
     * Like {@link #ensure(String, Digest)}, but when this call fetches the blob, {@code tee}
     * receives it while it is stored. Returns true when it did: the blob went to the tee in full
     * and is now committed. False: the blob is local (or unknown without a proxy), serve it from
     * storage. A digest mismatch after bytes went to the tee throws {@link UpstreamContentException}.
     */
    public boolean ensure(String repo, Digest d, BlobTee tee) throws Exception {
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
    public OptionalLong remoteSize(String repo, Digest d) {
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
        HttpResponse<InputStream> r = route.get().client().headBlob(route.get().remoteName(), d.toString());
        try {
            r.body().close();
        } catch (IOException e) {
            // nothing to read on a HEAD
        }
        if (r.statusCode() == 404) {
            throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
        }
        OptionalLong length = contentLength(r);
        if (length.isEmpty()) {
            throw new UpstreamException(502, "upstream HEAD of " + d + " named no Content-Length", null);
        }
        return length;
    }

    private void fetch(UpstreamRoute route, String repo, Digest d, BlobTee tee) throws Exception {
        HttpResponse<InputStream> r = route.client().getBlob(route.remoteName(), d.toString());
        try (InputStream body = r.body()) {
            if (r.statusCode() == 404) {
                throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
            }
            String id = uploads.start(repo);
            try {
                InputStream source = body;
                if (tee != null) {
                    tee.begin(contentLength(r).orElse(-1));
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

    /** The upstream's Content-Length; empty when absent or not a number a long holds. */
    private static OptionalLong contentLength(HttpResponse<?> r) {
        try {
            OptionalLong n = r.headers().firstValueAsLong("Content-Length");
            return n.isPresent() && n.getAsLong() < 0 ? OptionalLong.empty() : n;
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
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
