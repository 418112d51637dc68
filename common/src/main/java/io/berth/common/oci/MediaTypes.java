package io.berth.common.oci;

import java.util.Set;

/**
 * The manifest media types Berth stores (the OCI image specification's and Docker's image manifest
 * v2 schema 2): registry-core accepts and serves them, the console names each kind.
 */
public final class MediaTypes {
    public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    public static final Set<String> INDEXES = Set.of(DOCKER_LIST, OCI_INDEX);
    public static final Set<String> ALL = Set.of(DOCKER_MANIFEST, DOCKER_LIST, OCI_MANIFEST, OCI_INDEX);

    private MediaTypes() {
    }
}
