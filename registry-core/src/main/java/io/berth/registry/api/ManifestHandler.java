package io.berth.registry.api;

import io.berth.registry.config.BerthConfig;
import io.berth.registry.config.StorageConfig;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.manifest.ManifestRequest;
import io.berth.registry.manifest.ManifestService;
import io.berth.registry.manifest.Requester;
import io.berth.registry.manifest.StoredManifest;
import io.berth.registry.storage.Digest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** {@code HEAD|GET|PUT|DELETE /v2/<name>/manifests/<reference>}. */
@Singleton
public class ManifestHandler {

    private final ManifestService manifests;
    private final Responses responses;
    private final int maxBytes;
    private final boolean deleteEnabled;

    public ManifestHandler(ManifestService manifests, Responses responses, BerthConfig berth, StorageConfig storage) {
        this.manifests = manifests;
        this.responses = responses;
        this.maxBytes = berth.manifestMaxBytes();
        this.deleteEnabled = storage.delete().enabled();
    }

    public void get(Call call) throws Exception {
        String ref = call.path().reference();
        String tag = Digest.isDigest(ref) ? null : ref;
        if (tag != null && !Names.validTag(tag)) {
            throw new RegistryApiException(ErrorCode.MANIFEST_UNKNOWN, ref);
        }
        Digest digest = tag == null ? Names.requireDigest(ref) : null;
        StoredManifest m = manifests.get(new ManifestRequest(call.name(), tag, digest,
                call.request().headers().getAll("Accept"), call.head(), requester(call)));
        HttpServerResponse r = call.response();
        r.putHeader("Docker-Content-Digest", m.digest().toString());
        r.putHeader("ETag", "\"" + m.digest() + "\"");
        responses.bytes(call, 200, m.mediaType(), m.content());
    }

    /** Whether a manifest of {@code mediaType} may answer a request with these Accept values. */
    static boolean acceptable(List<String> acceptHeaders, String mediaType) {
        return ManifestRequest.accepts(acceptHeaders, mediaType);
    }

    public void put(Call call) throws IOException {
        String ref = call.path().reference();
        String tag = null;
        Digest expected = null;
        if (Digest.isDigest(ref)) {
            expected = Digest.parse(ref);
        } else if (ref.contains(":")) {
            throw new RegistryApiException(ErrorCode.DIGEST_INVALID, ref);
        } else if (!Names.validTag(ref)) {
            throw new RegistryApiException(ErrorCode.TAG_INVALID, ref);
        } else {
            tag = ref;
        }
        byte[] content = readLimited(call);
        StoredManifest m = manifests.put(call.name(), tag, expected, call.header("Content-Type"), content,
                requester(call));
        HttpServerResponse r = call.response();
        r.putHeader("Location", "/v2/" + call.name() + "/manifests/" + m.digest());
        r.putHeader("Docker-Content-Digest", m.digest().toString());
        if (m.parsed().subject() != null) {
            r.putHeader("OCI-Subject", m.parsed().subject().toString());
        }
        responses.empty(call, 201);
    }

    private byte[] readLimited(Call call) throws IOException {
        String length = call.header("Content-Length");
        if (length != null && Decimal.saturated(length) > maxBytes) {
            throw new RegistryApiException(ErrorCode.MANIFEST_TOO_BIG, "manifest exceeds " + maxBytes + " bytes");
        }
        InputStream body = call.bodyIfAny();
        if (body == null) {
            throw new RegistryApiException(ErrorCode.MANIFEST_INVALID, "empty manifest");
        }
        byte[] content = body.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            throw new RegistryApiException(ErrorCode.MANIFEST_TOO_BIG, "manifest exceeds " + maxBytes + " bytes");
        }
        return content;
    }

    public void delete(Call call) {
        if (!deleteEnabled) {
            throw new RegistryApiException(ErrorCode.UNSUPPORTED, "deletion is disabled");
        }
        String ref = call.path().reference();
        if (Digest.isDigest(ref)) {
            manifests.delete(call.name(), Digest.parse(ref), requester(call));
        } else if (!Names.validTag(ref)) {
            throw new RegistryApiException(ErrorCode.MANIFEST_UNKNOWN, ref);
        } else {
            manifests.untag(call.name(), ref, requester(call));
        }
        responses.empty(call, 202);
    }

    private static Requester requester(Call call) {
        return new Requester(call.access().subject(), call.userAgent());
    }
}
