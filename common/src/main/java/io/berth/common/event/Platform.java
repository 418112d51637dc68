package io.berth.common.event;

/**
 * The platform an index names for one of its child manifests (OCI image index
 * {@code manifests[].platform}); {@code variant} is null when the index gives none.
 */
public record Platform(String os, String architecture, String variant) {
}
