package io.berth.registry.api;

import io.berth.common.event.RegistryEvent;
import io.berth.registry.config.BerthConfig;
import io.berth.registry.config.StorageConfig;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.event.ManifestEvents;
import io.berth.registry.manifest.ManifestService;
import io.berth.registry.manifest.StoredManifest;
import io.berth.registry.proxy.ProxyManifests;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** {@code HEAD|GET|PUT|DELETE /v2/<name>/manifests/<reference>}; announces pushes, pulls and deletes. */
@Singleton
public class ManifestHandler {

    /** The actor of the push events that announce content cached from upstream. */
    static final String PROXY_ACTOR = "berth-proxy";

    private final ManifestService manifests;
    private final Responses responses;
    private final ManifestEvents events;
    private final ProxyManifests proxy;
    private final int maxBytes;
    private final boolean deleteEnabled;

    public ManifestHandler(ManifestService manifests, Responses responses, ManifestEvents events,
            BerthConfig berth, StorageConfig storage, ProxyManifests proxy) {
        this.proxy = proxy;
        this.manifests = manifests;
        this.responses = responses;
        this.events = events;
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
        boolean cached = proxy.refresh(call.name(), tag, digest,
                String.join(", ", call.request().headers().getAll("Accept")));
        StoredManifest m = manifests.get(call.name(), tag, digest);
        if (cached) {
            // new in the cache: announced like a push, so the repository and artifact exist for the pulls
            event(PROXY_ACTOR, RegistryEvent.PUSH, call, tag, m);
        }
        if (!acceptable(call.request().headers().getAll("Accept"), m.mediaType())) {
            throw new RegistryApiException(ErrorCode.MANIFEST_UNKNOWN,
                    "manifest is " + m.mediaType() + ", which the client does not accept");
        }
        HttpServerResponse r = call.response();
        r.putHeader("Docker-Content-Digest", m.digest().toString());
        r.putHeader("ETag", "\"" + m.digest() + "\"");
        if (!call.head()) {
            event(call.access().subject(), RegistryEvent.PULL, call, tag, m);
        }
        responses.bytes(call, 200, m.mediaType(), m.content());
    }

    static boolean acceptable(List<String> acceptHeaders, String mediaType) {
        if (acceptHeaders.isEmpty()) {
            return true;
        }
        for (String header : acceptHeaders) {
            for (String part : header.split(",")) {
                String type = part.split(";")[0].trim();
                if (type.equals(mediaType) || type.equals("*/*") || type.equals("application/*")
                        || type.equals("application/json") || type.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
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
        StoredManifest m = manifests.put(call.name(), tag, expected, call.header("Content-Type"), content);
        event(call.access().subject(), RegistryEvent.PUSH, call, tag, m);
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
        if (!Digest.isDigest(ref)) {
            if (!Names.validTag(ref)) {
                throw new RegistryApiException(ErrorCode.MANIFEST_UNKNOWN, ref);
            }
            Digest d = manifests.resolve(call.name(), ref)
                    .orElseThrow(() -> new StoreException(StoreError.MANIFEST_UNKNOWN, ref));
            StoredManifest m = manifests.get(call.name(), null, d);
            manifests.untag(call.name(), ref);
            event(call.access().subject(), RegistryEvent.DELETE, call, ref, m);
        } else {
            Map.Entry<StoredManifest, List<String>> deleted = manifests.delete(call.name(), Digest.parse(ref));
            event(call.access().subject(), RegistryEvent.DELETE, call, null, deleted.getKey());
        }
        responses.empty(call, 202);
    }

    private void event(String actor, String action, Call call, String tag, StoredManifest m) {
        events.fire(action, actor, call.name(), tag, m, call.userAgent());
    }
}
