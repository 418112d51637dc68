package io.berth.common.oci;

import java.util.Locale;
import java.util.Set;

/**
 * Docker Hub's addresses, which ui-service (a docker-hub registry endpoint) and registry-core (the
 * pull-through cache, whose one-level names live under {@code library/} there) must both know.
 */
public final class DockerHub {

    /** Where Docker Hub's registry API answers. */
    public static final String REGISTRY_URL = "https://registry-1.docker.io";

    private static final Set<String> REGISTRY_HOSTS = Set.of("registry-1.docker.io", "index.docker.io", "docker.io");
    private static final Set<String> WEB_HOSTS = Set.of("hub.docker.com", "docker.io");

    private DockerHub() {
    }

    /** Whether {@code host} is Docker Hub's registry API under one of its names. */
    public static boolean isRegistry(String host) {
        return host != null && REGISTRY_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code host} is an address people give for Docker Hub that is not its registry API. */
    public static boolean isWebAddress(String host) {
        return host != null && WEB_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }
}
