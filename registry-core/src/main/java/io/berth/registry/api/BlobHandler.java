package io.berth.registry.api;

import io.berth.registry.config.StorageConfig;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.proxy.ProxyBlobs;
import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.driver.FileInfo;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code HEAD|GET|DELETE /v2/<name>/blobs/<digest>}. */
@Singleton
public class BlobHandler {

    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private final LinkedBlobStore links;
    private final BlobStore blobs;
    private final Responses responses;
    private final ProxyBlobs proxy;
    private final boolean deleteEnabled;

    public BlobHandler(LinkedBlobStore links, BlobStore blobs, Responses responses, StorageConfig storage,
            ProxyBlobs proxy) {
        this.proxy = proxy;
        this.links = links;
        this.blobs = blobs;
        this.responses = responses;
        this.deleteEnabled = storage.delete().enabled();
    }

    public void get(Call call) throws Exception {
        Digest d = Names.requireDigest(call.path().reference());
        if (call.head()) {
            OptionalLong remote = proxy.remoteSize(call.name(), d);
            if (remote.isPresent()) { // answered from an upstream HEAD, nothing fetched
                HttpServerResponse r = call.response();
                r.setStatusCode(200);
                blobHeaders(r, d);
                r.putHeader("Content-Length", String.valueOf(remote.getAsLong()));
                r.end();
                return;
            }
        } else if (call.header("Range") == null) {
            ResponseTee tee = new ResponseTee(call.response(), d);
            if (proxy.ensure(call.name(), d, tee)) {
                tee.finish();
                return;
            }
        } else {
            proxy.ensure(call.name(), d); // a range of an uncached blob: fetch it all first
        }
        FileInfo info = links.require(call.name(), d);
        long size = info.size();
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
        blobHeaders(r, d);
        r.putHeader("Content-Length", String.valueOf(Math.max(length, 0)));
        if (partial) {
            r.putHeader("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        if (call.head() || size == 0) {
            r.end();
            return;
        }
        Optional<Path> local = blobs.localFile(d);
        if (local.isPresent()) {
            r.sendFile(local.get().toString(), start, length).toCompletionStage().toCompletableFuture().get();
            return;
        }
        try (InputStream in = blobs.open(d, start)) {
            ResponseStreamer.copy(in, length, r);
        }
    }

    static void blobHeaders(HttpServerResponse r, Digest d) {
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

    public void delete(Call call) {
        Digest d = Names.requireDigest(call.path().reference());
        if (!deleteEnabled) {
            throw new RegistryApiException(ErrorCode.UNSUPPORTED, "deletion is disabled");
        }
        if (links.stat(call.name(), d).isEmpty() || !links.unlink(call.name(), d)) {
            throw new StoreException(StoreError.BLOB_UNKNOWN, d.toString());
        }
        call.response().putHeader("Docker-Content-Digest", d.toString());
        responses.empty(call, 202);
    }
}
