package io.berth.registry.api;

import io.berth.registry.blob.BlobTee;
import io.berth.registry.storage.Digest;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * Sends a blob to the client while it is being stored (fetched by the pull-through cache). The last chunk is held back until the
 * blob is committed ({@link #finish()}): if the digest then does not match, the connection is
 * closed short of Content-Length, so the client sees a failed transfer rather than a complete body.
 */
final class ResponseTee implements BlobTee {

    private static final Logger LOG = Logger.getLogger(ResponseTee.class);

    private final HttpServerResponse r;
    private final ResponseStreamer out;
    private final Digest digest;
    private long length = -1;
    private long passed;
    private byte[] held;
    private boolean gone;

    ResponseTee(HttpServerResponse r, Digest digest) {
        this.r = r;
        this.out = new ResponseStreamer(r);
        this.digest = digest;
    }

    @Override
    public void begin(long length) {
        this.length = length;
    }

    /** Headers go out with the first bytes, so a failure before them still gets a clean error response. */
    private void head() {
        if (r.headWritten()) {
            return;
        }
        r.setStatusCode(200);
        BlobResponse.headers(r, digest);
        if (length >= 0) {
            r.putHeader("Content-Length", String.valueOf(length));
        } else {
            r.setChunked(true);
        }
    }

    @Override
    public void chunk(byte[] b, int off, int len) {
        passed += len;
        if (gone) {
            return;
        }
        if (length >= 0 && passed > length) {
            gone = true; // more than announced: the digest check will fail, send nothing more
            return;
        }
        byte[] previous = held;
        held = Arrays.copyOfRange(b, off, off + len);
        if (previous != null) {
            send(previous);
        }
    }

    /** The blob is committed: sends the held-back chunk and ends the response. */
    void finish() {
        if (gone) {
            return;
        }
        if (held != null) {
            send(held);
            held = null;
        }
        if (gone) {
            return;
        }
        head();
        r.end();
    }

    private void send(byte[] chunk) {
        head();
        try {
            out.write(chunk);
        } catch (IOException e) {
            gone = true; // the fetch goes on for the cache and the other waiters
            LOG.debugf("client left during the upstream fetch of %s: %s", digest, e.getMessage());
        }
    }
}
