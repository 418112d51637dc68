package io.berth.common.oci;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DockerHubTest {

    @Test
    void theRegistryApiAndTheWebAddressAreTold() {
        assertTrue(DockerHub.isRegistry(URI.create(DockerHub.REGISTRY_URL).getHost()));
        assertTrue(DockerHub.isRegistry("index.docker.io"));
        assertTrue(DockerHub.isRegistry("Docker.IO"));
        assertFalse(DockerHub.isRegistry("hub.docker.com"));
        assertFalse(DockerHub.isRegistry("registry.example.com"));
        assertFalse(DockerHub.isRegistry(null));
        assertTrue(DockerHub.isWebAddress("hub.docker.com"));
        assertFalse(DockerHub.isWebAddress("registry-1.docker.io"));
        assertFalse(DockerHub.isWebAddress(null));
    }
}
