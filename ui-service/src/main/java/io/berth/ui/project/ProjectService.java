package io.berth.ui.project;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.api.PathIds;
import io.berth.ui.api.Slice;
import io.berth.ui.domain.DomainEvent;
import io.berth.ui.domain.ProjectCreated;
import io.berth.ui.domain.ProjectDeleted;
import io.berth.ui.role.ProjectAction;
import io.berth.ui.role.Role;
import io.berth.ui.settings.SystemSettings;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Project rules: who may create, see, change and delete a project. */
@ApplicationScoped
public class ProjectService {

    private static final Logger LOG = Logger.getLogger(ProjectService.class);
    /** Harbor's first user (created at install) owns projects that pulls create. */
    private static final long ADMIN_ID = 1L;
    private static final String ADMIN_NAME = "admin";

    /** One page of projects and the total. */
    public record Listing(List<ProjectView> items, long total) {
    }

    private final ProjectRepository projects;
    private final MemberRepository members;
    private final ProjectContents contents;
    private final ProjectAccess access;
    private final SystemSettings settings;
    private final UpstreamRegistries upstreams;
    private final Event<DomainEvent> events;

    public ProjectService(ProjectRepository projects, MemberRepository members, ProjectContents contents,
            ProjectAccess access, SystemSettings settings, UpstreamRegistries upstreams, Event<DomainEvent> events) {
        this.projects = projects;
        this.members = members;
        this.contents = contents;
        this.access = access;
        this.settings = settings;
        this.upstreams = upstreams;
        this.events = events;
    }

    @Transactional
    public ProjectEntity create(Principal caller, ProjectRequest request) {
        if (caller.anonymous()) {
            throw HarborException.unauthorized();
        }
        if (settings.adminOnlyProjectCreation() && !caller.sysadmin()) {
            throw new HarborException(HarborError.FORBIDDEN, "only system admins may create projects");
        }
        String name = ProjectNames.validate(request == null ? null : request.projectName());
        Boolean pub = request.publicFlag();
        if (projects.findByName(name).isPresent()) {
            throw HarborException.conflict("project " + name + " already exists");
        }
        Long registryId = request.registryId() == null || request.registryId() == 0 ? null : request.registryId();
        if (registryId != null) {
            if (!caller.sysadmin()) {
                throw new HarborException(HarborError.FORBIDDEN, "only system admins may create proxy-cache projects");
            }
            if (!upstreams.exists(registryId)) {
                throw HarborException.badRequest("registry " + registryId + " not found");
            }
        }
        ProjectEntity p = persist(name, caller.userId(), caller.username(), Boolean.TRUE.equals(pub));
        p.registryId = registryId;
        created(p, false);
        LOG.infof("project created: %s by %s", name, caller.username());
        return p;
    }

    /**
     * Mirror mode's project made by a pull (proxy_create_projects): public, owned by admin,
     * caching the registry-wide upstream. The caller has checked the setting and the action.
     */
    @Transactional
    public ProjectEntity createMirrorCache(String name) {
        ProjectNames.validate(name);
        ProjectEntity p = persist(name, ADMIN_ID, ADMIN_NAME, true);
        p.mirrorCache = true;
        created(p, true);
        LOG.infof("mirror cache project created by a pull: %s", name);
        return p;
    }

    private ProjectEntity persist(String name, long ownerId, String ownerName, boolean pub) {
        Instant now = Instant.now();
        ProjectEntity p = new ProjectEntity();
        p.name = name;
        p.ownerId = ownerId;
        p.ownerName = ownerName;
        p.publicProject = pub;
        p.created(now);
        projects.persist(p);
        MemberEntity owner = new MemberEntity();
        owner.projectId = p.id;
        owner.userId = ownerId;
        owner.username = ownerName;
        owner.roleId = Role.PROJECT_ADMIN.id();
        owner.created(now);
        members.persist(owner);
        return p;
    }

    private void created(ProjectEntity p, boolean byPull) {
        events.fire(new ProjectCreated(p.id, p.name, p.cache(), byPull, p.ownerName, p.creationTime));
    }

    public boolean exists(String name) {
        return name != null && projects.findByName(name).isPresent();
    }

    /** The project {@code project} names, readable by the caller, or 404/401/403. */
    public ProjectEntity get(Principal caller, ProjectRef project, ProjectAction needed) {
        ProjectEntity p = resolve(project);
        access.require(caller, p, needed);
        return p;
    }

    public ProjectEntity resolve(ProjectRef project) {
        Optional<Long> id = project.isName() ? Optional.empty() : PathIds.parse(project.value());
        Optional<ProjectEntity> found = id.isPresent() ? projects.findByIdOptional(id.get())
                : projects.findByName(project.value());
        return found.orElseThrow(() -> HarborException.notFound("project " + project.value() + " not found"));
    }

    public ProjectView view(Principal caller, ProjectEntity p) {
        Integer role = access.role(caller, p.id).map(Role::id).orElse(null);
        return ProjectView.of(p, role, contents.repositoryCount(p.id));
    }

    public Listing list(Principal caller, ProjectFilter filter, Sort sort, PageRequest page) {
        Long visibleTo = caller.sysadmin() ? null : caller.anonymous() ? 0L : caller.userId();
        ProjectFilter scoped = new ProjectFilter(filter.name(), filter.fuzzyName(), filter.publicOnly(),
                filter.owner(), visibleTo);
        Slice<ProjectEntity> found = Slice.of(projects.search(scoped, sort), page);
        return new Listing(found.items().stream().map(p -> view(caller, p)).toList(), found.total());
    }

    /** The projects the caller is a member of (the console's "My projects"). */
    public Listing listMemberOf(Principal caller, String fuzzyName, Sort sort, PageRequest page) {
        if (caller.anonymous()) {
            throw HarborException.unauthorized();
        }
        Slice<ProjectEntity> found = Slice.of(projects.memberOf(caller.userId(), fuzzyName, sort), page);
        return new Listing(found.items().stream().map(p -> view(caller, p)).toList(), found.total());
    }

    @Transactional
    public ProjectEntity update(Principal caller, ProjectRef project, ProjectRequest request) {
        ProjectEntity p = get(caller, project, ProjectAction.ADMINISTER);
        Boolean pub = request == null ? null : request.publicFlag();
        if (pub != null) {
            p.publicProject = pub;
            p.updateTime = Instant.now();
        }
        return p;
    }

    @Transactional
    public void delete(Principal caller, ProjectRef project) {
        ProjectEntity p = get(caller, project, ProjectAction.ADMINISTER);
        if (contents.repositoryCount(p.id) > 0) {
            throw new HarborException(HarborError.PRECONDITION, "project " + p.name + " still contains repositories");
        }
        members.deleteProject(p.id);
        projects.delete(p);
        events.fire(new ProjectDeleted(p.id, p.name, p.cache(), caller.username(), Instant.now()));
        LOG.infof("project deleted: %s by %s", p.name, caller.username());
    }

    public ProjectSummary summary(Principal caller, ProjectRef project) {
        ProjectEntity p = get(caller, project, ProjectAction.READ);
        return new ProjectSummary(contents.repositoryCount(p.id),
                members.countRole(p.id, Role.PROJECT_ADMIN.id()),
                members.countRole(p.id, Role.MAINTAINER.id()),
                members.countRole(p.id, Role.DEVELOPER.id()),
                members.countRole(p.id, Role.GUEST.id()),
                members.countRole(p.id, Role.LIMITED_GUEST.id()));
    }
}
