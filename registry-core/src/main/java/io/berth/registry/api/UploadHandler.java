package io.berth.registry.api;

import io.berth.common.token.Scope;
import io.berth.registry.auth.Access;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.UploadStore;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Blob uploads: {@code POST .../blobs/uploads/} and {@code PATCH|PUT|GET|DELETE .../blobs/uploads/<id>}. */
@Singleton
public class UploadHandler {

    private static final Pattern CONTENT_RANGE = Pattern.compile("^(?:bytes[ =])?(\\d+)-(\\d+)(?:/\\d+|/\\*)?$");

    private final UploadStore uploads;
    private final LinkedBlobStore links;
    private final Responses responses;

    public UploadHandler(UploadStore uploads, LinkedBlobStore links, Responses responses) {
        this.uploads = uploads;
        this.links = links;
        this.responses = responses;
    }

    public void start(Call call) throws Exception {
        String repo = call.name();
        String mount = call.query("mount");
        if (mount != null && tryMount(call, repo, mount)) {
            return;
        }
        String digest = call.query("digest");
        if (digest != null) {
            Digest d = Names.requireDigest(digest);
            String id = uploads.start(repo);
            InputStream body = call.bodyIfAny();
            try {
                uploads.complete(repo, id, d, body == null ? InputStream.nullInputStream() : body);
            } catch (Exception e) {
                uploads.discard(repo, id); // its id was never given out: nobody could resume it
                throw e;
            }
            created(call, d);
            return;
        }
        String id = uploads.start(repo);
        progress(call, 202, id, 0);
    }

    private boolean tryMount(Call call, String repo, String mount) {
        String from = call.query("from");
        Digest d;
        try {
            d = Digest.parse(mount);
        } catch (IllegalArgumentException e) {
            throw new RegistryApiException(ErrorCode.DIGEST_INVALID, mount);
        }
        Access access = call.access();
        if (from == null || !Names.validName(from) || !access.permits(Scope.REPOSITORY, from, Scope.PULL)
                || links.stat(from, d).isEmpty()) {
            return false; // distribution falls back to a normal upload
        }
        links.link(repo, d);
        created(call, d);
        return true;
    }

    public void patch(Call call) throws Exception {
        String repo = call.name();
        String id = call.path().reference();
        Long start = null;
        String range = call.header("Content-Range");
        if (range != null) {
            Matcher m = CONTENT_RANGE.matcher(range.trim());
            if (!m.matches()) {
                throw new RegistryApiException(ErrorCode.RANGE_INVALID, "malformed Content-Range");
            }
            start = Decimal.saturated(m.group(1));
            long end = Decimal.saturated(m.group(2));
            if (start == Long.MAX_VALUE || end == Long.MAX_VALUE) {
                throw new RegistryApiException(ErrorCode.RANGE_INVALID, "Content-Range past any blob");
            }
            String length = call.header("Content-Length");
            if (end < start || (length != null && Decimal.saturated(length) != end - start + 1)) {
                throw new RegistryApiException(ErrorCode.RANGE_INVALID, "Content-Range does not match Content-Length");
            }
        }
        InputStream body = call.bodyIfAny();
        long size = uploads.append(repo, id, start, body == null ? InputStream.nullInputStream() : body);
        progress(call, 202, id, size);
    }

    public void put(Call call) throws Exception {
        String repo = call.name();
        String id = call.path().reference();
        uploads.size(repo, id); // unknown upload wins over a bad digest
        Digest d = Names.requireDigest(call.query("digest"));
        InputStream body = call.bodyIfAny();
        uploads.complete(repo, id, d, body);
        created(call, d);
    }

    public void status(Call call) {
        String id = call.path().reference();
        long size = uploads.size(call.name(), id);
        progress(call, 204, id, size);
    }

    public void cancel(Call call) {
        uploads.cancel(call.name(), call.path().reference());
        responses.empty(call, 204);
    }

    private void created(Call call, Digest d) {
        HttpServerResponse r = call.response();
        r.putHeader("Location", "/v2/" + call.name() + "/blobs/" + d);
        r.putHeader("Docker-Content-Digest", d.toString());
        responses.empty(call, 201);
    }

    private void progress(Call call, int status, String id, long size) {
        HttpServerResponse r = call.response();
        r.putHeader("Location", "/v2/" + call.name() + "/blobs/uploads/" + id);
        r.putHeader("Docker-Upload-UUID", id);
        r.putHeader("Range", "0-" + Math.max(size - 1, 0));
        responses.empty(call, status);
    }
}
