package io.berth.ui.access;

import io.berth.ui.project.ProjectAccess;
import io.berth.ui.role.AccessPolicy;
import io.berth.ui.role.ProjectAction;
import io.berth.ui.role.Role;
import io.berth.common.internal.AccessAnswer;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.internal.Principal;
import io.berth.common.token.Scope;
import io.berth.ui.artifact.RepositoryNames;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers auth-service's access questions for Docker token scopes: per resource, only the
 * actions the principal holds. A repository name must be {@code project/repo...} of an existing
 * project (in mirror mode a pull may create it, see {@link MirrorProjects}); cache projects never
 * grant push; {@code registry:catalog:*} is for system admins only; anything else gets nothing.
 */
@ApplicationScoped
public class RegistryAccessService {

    private static final Map<String, ProjectAction> REPOSITORY_ACTIONS = Map.of(
            Scope.PULL, ProjectAction.PULL,
            Scope.PUSH, ProjectAction.PUSH,
            Scope.DELETE, ProjectAction.DELETE,
            Scope.ALL, ProjectAction.ADMINISTER);

    /** A cache project's content comes from its upstream only: no token ever allows a push there. */
    private static final Set<String> WRITES_REFUSED_IN_CACHES = Set.of(Scope.PUSH, Scope.ALL);

    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final MirrorProjects mirrorProjects;

    public RegistryAccessService(ProjectRepository projects, ProjectAccess access, MirrorProjects mirrorProjects) {
        this.projects = projects;
        this.access = access;
        this.mirrorProjects = mirrorProjects;
    }

    public AccessAnswer answer(AccessQuestion question) {
        Principal caller = question.principal() == null ? Principal.ANONYMOUS : question.principal();
        List<AccessQuestion.Resource> out = new ArrayList<>();
        if (question.resources() != null) {
            for (AccessQuestion.Resource r : question.resources()) {
                out.add(new AccessQuestion.Resource(r.type(), r.name(), granted(caller, r)));
            }
        }
        return new AccessAnswer(out);
    }

    private List<String> granted(Principal caller, AccessQuestion.Resource resource) {
        List<String> wanted = resource.actions() == null ? List.of() : resource.actions();
        if (Scope.REGISTRY.equals(resource.type())) {
            return Scope.CATALOG.equals(resource.name()) && AccessPolicy.allowsCatalog(caller) ? wanted : List.of();
        }
        if (!Scope.REPOSITORY.equals(resource.type()) || resource.name() == null) {
            return List.of();
        }
        Optional<String> projectName = RepositoryNames.projectOf(resource.name());
        if (projectName.isEmpty()) {
            return List.of();
        }
        String name = projectName.get();
        Optional<ProjectEntity> project = projects.findByName(name);
        if (project.isEmpty() && wanted.contains(Scope.PULL)) {
            project = mirrorProjects.createOnPull(name);
        }
        if (project.isEmpty()) {
            return List.of();
        }
        Optional<Role> role = access.role(caller, project.get().id);
        boolean pub = project.get().publicProject;
        boolean cache = project.get().cache();
        return wanted.stream()
                .distinct()
                .filter(a -> REPOSITORY_ACTIONS.containsKey(a))
                .filter(a -> !cache || !WRITES_REFUSED_IN_CACHES.contains(a))
                .filter(a -> AccessPolicy.allows(caller, pub, role, REPOSITORY_ACTIONS.get(a)))
                .toList();
    }
}
