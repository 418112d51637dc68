package io.berth.ui.artifact;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.api.Slice;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectService;
import io.berth.ui.role.ProjectAction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reading repositories: only those in projects the caller may read. */
@ApplicationScoped
public class RepositoryService {

    public record Listing(List<RepositoryView> items, long total) {
    }

    private final ProjectService projects;
    private final RepositoryRepository repositories;
    private final ArtifactRepository artifacts;

    public RepositoryService(ProjectService projects, RepositoryRepository repositories, ArtifactRepository artifacts) {
        this.projects = projects;
        this.repositories = repositories;
        this.artifacts = artifacts;
    }

    /** In one project ({@code project} set) or across every project the caller may read. */
    public Listing list(Principal caller, ProjectRef project, String name, boolean fuzzy,
            Sort sort, PageRequest page) {
        Long projectId = null;
        String filter = name;
        if (project != null) {
            ProjectEntity p = projects.get(caller, project, ProjectAction.READ);
            projectId = p.id;
            if (filter != null && !fuzzy && !filter.startsWith(p.name + "/")) {
                filter = p.name + "/" + filter;
            }
        }
        Long visibleTo = caller.sysadmin() ? null : caller.anonymous() ? 0L : caller.userId();
        Slice<RepositoryEntity> found = Slice.of(repositories.search(projectId, filter, fuzzy, visibleTo, sort), page);
        List<RepositoryView> items = found.items().stream()
                .map(r -> RepositoryView.of(r, artifacts.countInRepository(r.id))).toList();
        return new Listing(items, found.total());
    }

    public RepositoryEntity get(Principal caller, ProjectRef project, String segment) {
        ProjectEntity p = projects.get(caller, project, ProjectAction.READ);
        String full = RepositoryNames.full(p.name, segment);
        return repositories.findByName(full)
                .filter(r -> r.projectId == p.id)
                .orElseThrow(() -> HarborException.notFound("repository " + full + " not found"));
    }

    public RepositoryView view(RepositoryEntity r) {
        return RepositoryView.of(r, artifacts.countInRepository(r.id));
    }
}
