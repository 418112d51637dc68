package io.berth.ui.artifact;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.common.event.Platform;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** An artifact as Harbor's API v2.0 shows it, with its tags and (for an index) its references. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArtifactView(long id, String type, String mediaType, String manifestMediaType, long projectId,
        long repositoryId, String repositoryName, String digest, long size, Instant pushTime, Instant pullTime,
        long pullCount, List<TagView> tags, List<Reference> references) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TagView(long id, long repositoryId, long artifactId, String name, Instant pushTime,
            Instant pullTime, boolean immutable) {

        static TagView of(TagEntity t) {
            return new TagView(t.id, t.repositoryId, t.artifactId, t.name, t.pushTime, t.pullTime, false);
        }
    }

    /** An index's child: {@code child_id} is the child's artifact id in the repository (null if not there). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Reference(long parentId, Long childId, String childDigest, Platform platform) {
    }

    static ArtifactView of(ArtifactEntity a, String repositoryName, List<TagEntity> tags, List<ReferenceEntity> refs,
            Function<String, Long> childIds) {
        return new ArtifactView(a.id, type(a.mediaType), a.mediaType, a.mediaType, a.projectId, a.repositoryId,
                repositoryName, a.digest, a.size, a.pushTime, a.pullTime, a.pullCount,
                tags.stream().map(TagView::of).toList(),
                refs.stream().map(r -> new Reference(r.parentId, childIds.apply(r.childDigest), r.childDigest,
                        r.platform())).toList());
    }

    private static String type(String mediaType) {
        return mediaType != null && (mediaType.contains("image") || mediaType.contains("docker")) ? "IMAGE" : "UNKNOWN";
    }
}
