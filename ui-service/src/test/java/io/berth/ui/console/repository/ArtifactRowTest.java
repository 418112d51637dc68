package io.berth.ui.console.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.berth.common.oci.MediaTypes;
import org.junit.jupiter.api.Test;

/** Every manifest kind the registry stores has a name in the console's bundle; anything else shows as it is. */
class ArtifactRowTest {

    @Test
    void eachStoredKindIsNamed() {
        assertEquals("kind_oci_index", ArtifactRow.kind(MediaTypes.OCI_INDEX));
        assertEquals("kind_oci_image", ArtifactRow.kind(MediaTypes.OCI_MANIFEST));
        assertEquals("kind_docker_list", ArtifactRow.kind(MediaTypes.DOCKER_LIST));
        assertEquals("kind_docker_image", ArtifactRow.kind(MediaTypes.DOCKER_MANIFEST));
        assertEquals(MediaTypes.ALL.size(), MediaTypes.ALL.stream().map(ArtifactRow::kind).distinct()
                .filter(k -> k.startsWith("kind_")).count());
        assertEquals("application/vnd.example+json", ArtifactRow.kind("application/vnd.example+json"));
        assertEquals("", ArtifactRow.kind(null));
    }
}
