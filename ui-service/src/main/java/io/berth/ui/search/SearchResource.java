package io.berth.ui.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.artifact.RepositoryNames;
import io.berth.ui.artifact.RepositoryService;
import io.berth.ui.artifact.RepositoryView;
import io.berth.ui.project.ProjectFilter;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectService;
import io.berth.ui.project.ProjectView;
import io.berth.ui.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v2.0/search?q=}: projects and repositories the caller may see, by name fragment. */
@Path("/api/v2.0/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final PageRequest FIRST_HUNDRED = new PageRequest(1, PageRequest.MAX_SIZE);

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Result(List<ProjectView> project, List<Repository> repository) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Repository(long projectId, String projectName, boolean projectPublic, String repositoryName,
            long pullCount, long artifactCount) {
    }

    private final ProjectService projects;
    private final RepositoryService repositories;
    private final Caller caller;

    public SearchResource(ProjectService projects, RepositoryService repositories, Caller caller) {
        this.projects = projects;
        this.repositories = repositories;
        this.caller = caller;
    }

    @GET
    public Result search(@QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            throw HarborException.badRequest("q is required");
        }
        List<ProjectView> ps = projects.list(caller.principal(), new ProjectFilter(q, true, null, null, null),
                Sort.by("name"), FIRST_HUNDRED).items();
        List<RepositoryView> rs = repositories.list(caller.principal(), null, q, true, Sort.by("name"),
                FIRST_HUNDRED).items();
        List<Repository> repos = rs.stream().map(r -> {
            String project = RepositoryNames.projectOf(r.name()).orElse("");
            boolean pub = projects.exists(project) && projects.resolve(ProjectRef.named(project)).publicProject;
            return new Repository(r.projectId(), project, pub, r.name(), r.pullCount(), r.artifactCount());
        }).toList();
        return new Result(ps, repos);
    }
}
