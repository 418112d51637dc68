package io.berth.registry.manifest;

import io.berth.common.event.Platform;
import io.berth.common.oci.MediaTypes;
import io.berth.registry.storage.Digest;
import java.util.List;
import java.util.Map;

/**
 * What the registry needs from a manifest: its media type, the blobs (config and layers) and
 * child manifests it references (with the platform an index names for each), its OCI 1.1
 * subject and artifact type.
 */
public record ParsedManifest(
        String mediaType,
        List<Digest> blobs,
        List<Digest> children,
        Map<Digest, Platform> platforms,
        Digest subject,
        String artifactType,
        Map<String, String> annotations) {

    public boolean isIndex() {
        return MediaTypes.INDEXES.contains(mediaType);
    }
}
