package io.berth.registry.manifest;

import io.berth.registry.storage.Digest;
import java.util.List;
import java.util.Map;

/**
 * What the registry needs from a manifest: its media type, the blobs (config and layers) and
 * child manifests it references, its OCI 1.1 subject and artifact type.
 */
public record ParsedManifest(
        String mediaType,
        List<Digest> blobs,
        List<Digest> children,
        Digest subject,
        String artifactType,
        Map<String, String> annotations) {

    public boolean isIndex() {
        return MediaTypes.INDEXES.contains(mediaType);
    }
}
