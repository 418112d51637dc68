package io.berth.ui.endpoint;

import java.net.URI;
import java.util.Set;

/** Endpoint types and the URL pulls go to: Docker Hub's web address is not its registry API. */
final class UpstreamUrls {

    static final String DOCKER_REGISTRY = "docker-registry";
    static final String DOCKER_HUB = "docker-hub";
    static final Set<String> TYPES = Set.of(DOCKER_REGISTRY, DOCKER_HUB);
    static final String HUB_REGISTRY = "https://registry-1.docker.io";

    private UpstreamUrls() {
    }

    static String pullUrl(RegistryEndpointEntity e) {
        if (DOCKER_HUB.equals(e.type)) {
            String host = URI.create(e.url).getHost();
            if (host == null || host.equals("hub.docker.com") || host.equals("docker.io")) {
                return HUB_REGISTRY;
            }
        }
        return e.url;
    }
}
