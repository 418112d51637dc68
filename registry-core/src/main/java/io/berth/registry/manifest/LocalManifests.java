package io.berth.registry.manifest;

import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.ManifestStore;
import io.berth.registry.storage.ReferrerStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.TagStore;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Manifests in this registry's own storage, the end of every {@link ManifestService} chain:
 * reference checks on push (every blob and child manifest must be in the repository), tags, and
 * the referrers index. Injected by its class only where the plain store is meant (listings, the
 * internal API's deletes, which ui-service records itself).
 */
@Singleton
@Typed(LocalManifests.class)
public class LocalManifests implements ManifestService {

    private final ManifestStore manifests;
    private final TagStore tags;
    private final LinkedBlobStore links;
    private final BlobStore blobs;
    private final ReferrerStore referrers;
    private final ManifestParser parser;

    public LocalManifests(ManifestStore manifests, TagStore tags, LinkedBlobStore links, BlobStore blobs,
            ReferrerStore referrers, ManifestParser parser) {
        this.manifests = manifests;
        this.tags = tags;
        this.links = links;
        this.blobs = blobs;
        this.referrers = referrers;
        this.parser = parser;
    }

    @Override
    public StoredManifest get(ManifestRequest request) {
        StoredManifest m = get(request.repo(), request.tag(), request.digest());
        if (!request.accepts(m.mediaType())) {
            throw new StoreException(StoreError.MANIFEST_UNKNOWN,
                    "manifest is " + m.mediaType() + ", which the client does not accept");
        }
        return m;
    }

    @Override
    public StoredManifest put(String repo, String tag, Digest expected, String contentType, byte[] content,
            Requester by) {
        return store(repo, tag, expected, contentType, content, true);
    }

    @Override
    public StoredManifest cache(String repo, String tag, Digest expected, String contentType, byte[] content,
            Requester by) {
        return store(repo, tag, expected, contentType, content, false);
    }

    private StoredManifest store(String repo, String tag, Digest expected, String contentType, byte[] content,
            boolean referencesPresent) {
        Digest digest = expected != null && expected.algorithm().equals("sha512")
                ? Digest.fromHasher("sha512", Digest.hasher("sha512").digest(content))
                : Digest.of(content);
        if (expected != null && !expected.equals(digest)) {
            throw new StoreException(StoreError.DIGEST_MISMATCH, "expected " + expected + " but the manifest is " + digest);
        }
        ParsedManifest parsed = parser.parse(content, contentType);
        if (referencesPresent) {
            requireReferences(repo, parsed);
        }
        manifests.put(repo, digest, content);
        if (parsed.subject() != null) {
            referrers.add(repo, parsed.subject(), digest);
        }
        if (tag != null) {
            tags.tag(repo, tag, digest);
        }
        return new StoredManifest(digest, content, parsed);
    }

    /** Every blob and child manifest must be in the repository; each is touched so a running GC keeps it. */
    private void requireReferences(String repo, ParsedManifest parsed) {
        for (Digest b : parsed.blobs()) {
            if (links.stat(repo, b).isEmpty()) {
                throw new MissingReferenceException(b);
            }
            blobs.touch(b);
        }
        for (Digest c : parsed.children()) {
            if (!manifests.exists(repo, c)) {
                throw new MissingReferenceException(c);
            }
            blobs.touch(c);
        }
    }

    /** Resolves a tag or digest reference. */
    public StoredManifest get(String repo, String tag, Digest digest) {
        Digest d = digest != null ? digest : tags.resolve(repo, tag)
                .orElseThrow(() -> new StoreException(StoreError.MANIFEST_UNKNOWN, tag));
        byte[] content = manifests.get(repo, d);
        return new StoredManifest(d, content, parser.parse(content, null));
    }

    /**
     * Points a tag at a manifest already in the repository (MANIFEST_UNKNOWN otherwise); the link
     * is written atomically, replacing any earlier target as a tag push would. The GC must keep
     * the manifest it now names, so it is touched.
     */
    @Override
    public StoredManifest tag(String repo, String tag, Digest digest, Requester by) {
        StoredManifest m = get(repo, null, digest);
        blobs.touch(digest);
        tags.tag(repo, tag, digest);
        return m;
    }

    /** Removes a tag, whether or not the manifest it names is still there. */
    public void untag(String repo, String tag) {
        if (!tags.untag(repo, tag)) {
            throw new StoreException(StoreError.MANIFEST_UNKNOWN, tag);
        }
    }

    @Override
    public StoredManifest untag(String repo, String tag, Requester by) {
        Digest d = tags.resolve(repo, tag).orElseThrow(() -> new StoreException(StoreError.MANIFEST_UNKNOWN, tag));
        StoredManifest m = get(repo, null, d);
        untag(repo, tag);
        return m;
    }

    @Override
    public StoredManifest delete(String repo, Digest digest, Requester by) {
        StoredManifest m = get(repo, null, digest);
        tags.tagsOf(repo, digest).forEach(t -> tags.untag(repo, t));
        manifests.delete(repo, digest);
        if (m.parsed().subject() != null) {
            referrers.remove(repo, m.parsed().subject(), digest);
        }
        return m;
    }

    /** OCI descriptors of the manifests whose subject is {@code subject}, optionally of one artifact type. */
    public List<Map<String, Object>> referrers(String repo, Digest subject, String artifactType) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Digest r : referrers.list(repo, subject)) {
            if (!manifests.exists(repo, r)) {
                continue;
            }
            StoredManifest m = get(repo, null, r);
            String type = m.parsed().artifactType();
            if (artifactType != null && !artifactType.equals(type)) {
                continue;
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("mediaType", m.mediaType());
            d.put("digest", r.toString());
            d.put("size", m.content().length);
            if (type != null) {
                d.put("artifactType", type);
            }
            if (!m.parsed().annotations().isEmpty()) {
                d.put("annotations", m.parsed().annotations());
            }
            out.add(d);
        }
        return out;
    }

    /** The manifest's own size plus every blob it references. */
    public long totalSize(String repo, StoredManifest m) {
        long size = m.content().length;
        for (Digest b : m.parsed().blobs()) {
            size += links.stat(repo, b).map(i -> i.size()).orElse(0L);
        }
        return size;
    }
}
