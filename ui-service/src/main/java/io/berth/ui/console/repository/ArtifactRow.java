package io.berth.ui.console.repository;

import io.berth.common.event.Platform;
import io.berth.common.oci.MediaTypes;
import io.berth.ui.artifact.ArtifactView;
import java.util.List;
import java.util.Objects;

/**
 * An artifact as the repository page lists it: its tags with their pull commands, the pull by
 * digest, a readable media type and, for an index, the platforms it points to.
 */
public record ArtifactRow(ArtifactView artifact, List<TagRow> tags, String pullByDigest, String kind,
        List<String> platforms) {

    /** A tag and the command that pulls it. */
    public record TagRow(String name, String pull) {
    }

    static ArtifactRow of(ArtifactView a, String pullBase) {
        List<TagRow> tags = a.tags().stream().map(t -> new TagRow(t.name(), "docker pull " + pullBase + ":" + t.name()))
                .toList();
        List<String> platforms = a.references().stream().map(ArtifactView.Reference::platform)
                .filter(Objects::nonNull).map(ArtifactRow::platform).distinct().toList();
        return new ArtifactRow(a, tags, "docker pull " + pullBase + "@" + a.digest(), kind(a.mediaType()), platforms);
    }

    private static String platform(Platform p) {
        return p.os() + "/" + p.architecture() + (p.variant() == null || p.variant().isEmpty() ? "" : "/" + p.variant());
    }

    /**
     * The media type's short name as a message key of the console's bundle (kind_oci_index and so
     * on, so each language names it), or the media type itself when it has no short name.
     */
    static String kind(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        return switch (mediaType) {
            case MediaTypes.OCI_INDEX -> "kind_oci_index";
            case MediaTypes.DOCKER_LIST -> "kind_docker_list";
            case MediaTypes.OCI_MANIFEST -> "kind_oci_image";
            case MediaTypes.DOCKER_MANIFEST -> "kind_docker_image";
            default -> mediaType;
        };
    }
}
