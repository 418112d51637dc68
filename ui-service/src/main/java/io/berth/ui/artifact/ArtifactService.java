package io.berth.ui.artifact;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.api.Slice;
import io.berth.ui.project.ProjectRef;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reading artifacts and tags of a repository the caller may read. */
@ApplicationScoped
public class ArtifactService {

    public record Listing(List<ArtifactView> items, long total) {
    }

    private final RepositoryService repositories;
    private final ArtifactRepository artifacts;
    private final TagRepository tags;
    private final ReferenceRepository references;

    public ArtifactService(RepositoryService repositories, ArtifactRepository artifacts, TagRepository tags,
            ReferenceRepository references) {
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.tags = tags;
        this.references = references;
    }

    public Listing list(Principal caller, ProjectRef project, String repo, Sort sort, PageRequest page) {
        RepositoryEntity r = repositories.get(caller, project, repo);
        Slice<ArtifactEntity> found = Slice.of(artifacts.inRepository(r.id, sort), page);
        return new Listing(found.items().stream().map(a -> view(a, r)).toList(), found.total());
    }

    public ArtifactView get(Principal caller, ProjectRef project, String repo, String reference) {
        RepositoryEntity r = repositories.get(caller, project, repo);
        return view(find(r, reference), r);
    }

    public List<ArtifactView.TagView> tags(Principal caller, ProjectRef project, String repo,
            String reference) {
        RepositoryEntity r = repositories.get(caller, project, repo);
        return tags.ofArtifact(find(r, reference).id).stream().map(ArtifactView.TagView::of).toList();
    }

    /** A reference is a digest ({@code algorithm:hex}) or a tag name. */
    private ArtifactEntity find(RepositoryEntity r, String reference) {
        return artifacts.findByReference(r.id, reference)
                .orElseThrow(() -> HarborException.notFound("artifact " + reference + " not found"));
    }

    private ArtifactView view(ArtifactEntity a, RepositoryEntity r) {
        return ArtifactView.of(a, r.name, tags.ofArtifact(a.id), references.ofParent(a.id),
                child -> artifacts.findByDigest(r.id, child).map(c -> c.id).orElse(null));
    }
}
