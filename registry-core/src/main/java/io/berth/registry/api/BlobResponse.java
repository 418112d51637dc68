package io.berth.registry.api;

import io.berth.registry.blob.BlobReply;
import io.berth.registry.blob.StoredBlob;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.storage.Digest;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP answer to a blob GET or HEAD: a stored blob whole or the one range asked for (206 with
 * Content-Range, 416 when it cannot be satisfied), sent zero-copy when the driver has a local file;
 * or, through a {@link ResponseTee}, a blob streamed while it is being stored.
 */
final class BlobResponse implements BlobReply {

    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private final Call call;
    private final Digest digest;
    private ResponseTee tee;

    BlobResponse(Call call, Digest digest) {
        this.call = call;
        this.digest = digest;
    }

    @Override
    public boolean head() {
        return call.head();
    }

    @Override
    public boolean ranged() {
        return call.header("Range") != null;
    }

    @Override
    public void described(long size) {
        HttpServerResponse r = call.response();
        r.setStatusCode(200);
        headers(r, digest);
        r.putHeader("Content-Length", String.valueOf(size));
        r.end();
    }

    @Override
    public void stored(StoredBlob blob) throws Exception {
        long size = blob.size();
        long start = 0;
        long end = size - 1;
        HttpServerResponse r = call.response();
        String range = call.header("Range");
        boolean partial = false;
        if (range != null && !range.contains(",")) {
            Matcher m = RANGE.matcher(range.trim());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                throw unsatisfiable(r, size);
            }
            // numbers past a long saturate: a start beyond any blob, an end or suffix covering all of it
            if (m.group(1).isEmpty()) { // suffix range: the last N bytes
                start = Math.max(0, size - Decimal.saturated(m.group(2)));
            } else {
                start = Decimal.saturated(m.group(1));
                end = m.group(2).isEmpty() ? size - 1 : Math.min(Decimal.saturated(m.group(2)), size - 1);
            }
            if (start >= size || start > end) {
                throw unsatisfiable(r, size);
            }
            partial = true;
        }
        long length = end - start + 1;
        r.setStatusCode(partial ? 206 : 200);
        headers(r, digest);
        r.putHeader("Content-Length", String.valueOf(Math.max(length, 0)));
        if (partial) {
            r.putHeader("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        if (call.head() || size == 0) {
            r.end();
            return;
        }
        if (blob.localFile().isPresent()) {
            r.sendFile(blob.localFile().get().toString(), start, length).toCompletionStage().toCompletableFuture().get();
            return;
        }
        try (InputStream in = blob.open(start)) {
            ResponseStreamer.copy(in, length, r);
        }
    }

    @Override
    public void begin(long length) throws IOException {
        tee().begin(length);
    }

    @Override
    public void chunk(byte[] b, int off, int len) {
        tee().chunk(b, off, len);
    }

    @Override
    public void finish() {
        tee().finish();
    }

    private ResponseTee tee() {
        if (tee == null) {
            tee = new ResponseTee(call.response(), digest);
        }
        return tee;
    }

    static void headers(HttpServerResponse r, Digest d) {
        r.putHeader("Content-Type", "application/octet-stream");
        r.putHeader("Docker-Content-Digest", d.toString());
        r.putHeader("ETag", "\"" + d + "\"");
        r.putHeader("Accept-Ranges", "bytes");
        r.putHeader("Cache-Control", "max-age=31536000");
    }

    private static RegistryApiException unsatisfiable(HttpServerResponse r, long size) {
        r.putHeader("Content-Range", "bytes */" + size);
        return new RegistryApiException(ErrorCode.RANGE_INVALID, "unsatisfiable range");
    }
}
