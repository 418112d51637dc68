package io.berth.ui.endpoint;

import io.berth.common.oci.DockerHub;
import java.net.URI;
import java.util.Set;

/** Endpoint types and the URL pulls go to: Docker Hub's web address is not its registry API. */
final class UpstreamUrls {

    static final String DOCKER_REGISTRY = "docker-registry";
    static final String DOCKER_HUB = "docker-hub";
    static final Set<String> TYPES = Set.of(DOCKER_REGISTRY, DOCKER_HUB);

    private UpstreamUrls() {
    }

    static String pullUrl(RegistryEndpointEntity e) {
        if (DOCKER_HUB.equals(e.type)) {
            String host = URI.create(e.url).getHost();
            if (host == null || DockerHub.isWebAddress(host)) {
                return DockerHub.REGISTRY_URL;
            }
        }
        return e.url;
    }
}
