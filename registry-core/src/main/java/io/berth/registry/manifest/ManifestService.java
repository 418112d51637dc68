package io.berth.registry.manifest;

import io.berth.registry.storage.Digest;

/**
 * Manifests as registry clients reach them (distribution's {@code ManifestService}). The plain
 * store is {@link LocalManifests}; decorators wrap it (a pull-through cache, the announcement of
 * pushes, pulls and deletes), and one producer assembles the chain, so the HTTP handlers see
 * neither.
 */
public interface ManifestService {

    /** The manifest a GET or HEAD names, in a media type the request accepts (MANIFEST_UNKNOWN otherwise). */
    StoredManifest get(ManifestRequest request) throws Exception;

    /**
     * Stores a pushed manifest under {@code tag} (or, with {@code tag} null, by digest only);
     * every blob and child manifest it references must be in the repository.
     */
    StoredManifest put(String repo, String tag, Digest expected, String contentType, byte[] content, Requester by);

    /**
     * Like {@link #put}, for a manifest copied from another registry: its blobs and children need
     * not be in the repository yet, they are fetched when first pulled.
     */
    StoredManifest cache(String repo, String tag, Digest expected, String contentType, byte[] content, Requester by);

    /** Points a tag at a manifest already in the repository (MANIFEST_UNKNOWN otherwise). */
    StoredManifest tag(String repo, String tag, Digest digest, Requester by);

    /** Removes a tag; returns the manifest it named (MANIFEST_UNKNOWN when there is none). */
    StoredManifest untag(String repo, String tag, Requester by);

    /** Deletes a revision together with every tag naming it; returns it. */
    StoredManifest delete(String repo, Digest digest, Requester by);
}
