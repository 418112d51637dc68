package io.berth.ui.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.common.internal.Principal;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.artifact.RepositoryRepository;
import io.berth.ui.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v2.0/statistics}: project and repository counts, private ones as the caller sees them. */
@Path("/api/v2.0/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Statistics(long privateProjectCount, long privateRepoCount, long publicProjectCount,
            long publicRepoCount, Long totalProjectCount, Long totalRepoCount) {
    }

    private static final String MEMBER_OF = "p.id in (select m.projectId from MemberEntity m where m.userId = ?1)";
    private static final String REPO_IN = "r.projectId in (select p.id from ProjectEntity p where ";

    private final ProjectRepository projects;
    private final RepositoryRepository repositories;
    private final Caller caller;

    public StatisticsResource(ProjectRepository projects, RepositoryRepository repositories, Caller caller) {
        this.projects = projects;
        this.repositories = repositories;
        this.caller = caller;
    }

    @GET
    public Statistics statistics() {
        Principal who = caller.requireUser();
        long publicProjects = projects.count("from ProjectEntity p where p.publicProject = true");
        long publicRepos = repositories.count("from RepositoryEntity r where " + REPO_IN + "p.publicProject = true)");
        if (who.sysadmin()) {
            long privateProjects = projects.count("from ProjectEntity p where p.publicProject = false");
            long privateRepos = repositories.count(
                    "from RepositoryEntity r where " + REPO_IN + "p.publicProject = false)");
            return new Statistics(privateProjects, privateRepos, publicProjects, publicRepos,
                    privateProjects + publicProjects, privateRepos + publicRepos);
        }
        long privateProjects = projects.count(
                "from ProjectEntity p where p.publicProject = false and " + MEMBER_OF, who.userId());
        long privateRepos = repositories.count("from RepositoryEntity r where " + REPO_IN
                + "p.publicProject = false and " + MEMBER_OF + ")", who.userId());
        return new Statistics(privateProjects, privateRepos, publicProjects, publicRepos, null, null);
    }
}
