package io.berth.ui.project;

import io.berth.common.internal.Principal;
import io.berth.ui.access.ProjectAccess;
import io.berth.ui.access.ProjectAction;
import io.berth.ui.access.Role;
import io.berth.ui.api.ApiError;
import io.berth.ui.api.ApiException;
import io.berth.ui.api.PageRequest;
import io.berth.ui.audit.AuditRecorder;
import io.berth.ui.endpoint.CacheProjectsChanged;
import io.berth.ui.endpoint.RegistryEndpointRepository;
import io.berth.ui.settings.SystemSettings;
import io.berth.ui.member.MemberEntity;
import io.berth.ui.member.MemberRepository;
import io.berth.ui.repository.RepositoryRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
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
    private final RepositoryRepository repositories;
    private final ProjectAccess access;
    private final SystemSettings settings;
    private final AuditRecorder audit;
    private final RegistryEndpointRepository endpoints;
    private final Event<CacheProjectsChanged> changed;

    public ProjectService(ProjectRepository projects, MemberRepository members, RepositoryRepository repositories,
            ProjectAccess access, SystemSettings settings, AuditRecorder audit, RegistryEndpointRepository endpoints,
            Event<CacheProjectsChanged> changed) {
        this.endpoints = endpoints;
        this.changed = changed;
        this.projects = projects;
        this.members = members;
        this.repositories = repositories;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public ProjectEntity create(Principal caller, ProjectRequest request) {
        if (caller.anonymous()) {
            throw ApiException.unauthorized();
        }
        if (settings.adminOnlyProjectCreation() && !caller.sysadmin()) {
            throw new ApiException(ApiError.FORBIDDEN, "only system admins may create projects");
        }
        String name = ProjectNames.validate(request == null ? null : request.projectName());
        Boolean pub = request.publicFlag();
        if (projects.findByName(name).isPresent()) {
            throw ApiException.conflict("project " + name + " already exists");
        }
        Long registryId = request.registryId() == null || request.registryId() == 0 ? null : request.registryId();
        if (registryId != null) {
            if (!caller.sysadmin()) {
                throw new ApiException(ApiError.FORBIDDEN, "only system admins may create proxy-cache projects");
            }
            if (endpoints.findByIdOptional(registryId).isEmpty()) {
                throw ApiException.badRequest("registry " + registryId + " not found");
            }
        }
        ProjectEntity p = persist(name, caller.userId(), caller.username(), Boolean.TRUE.equals(pub));
        p.registryId = registryId;
        if (registryId != null) {
            changed.fire(new CacheProjectsChanged("proxy-cache project " + name + " created"));
        }
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
        // asked for by a token request: registry-core hears of it without that request waiting
        changed.fire(new CacheProjectsChanged("mirror project " + name + " created", true));
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
        p.creationTime = now;
        p.updateTime = now;
        projects.persist(p);
        MemberEntity owner = new MemberEntity();
        owner.projectId = p.id;
        owner.userId = ownerId;
        owner.username = ownerName;
        owner.roleId = Role.PROJECT_ADMIN.id();
        owner.creationTime = now;
        owner.updateTime = now;
        members.persist(owner);
        audit.record(p.id, ownerName, p.name, "project", AuditRecorder.CREATE, now);
        return p;
    }

    public boolean exists(String name) {
        return name != null && projects.findByName(name).isPresent();
    }

    /** The project named or numbered by {@code ref}, readable by the caller, or 404/401/403. */
    public ProjectEntity get(Principal caller, String ref, boolean refIsName, ProjectAction needed) {
        ProjectEntity p = resolve(ref, refIsName);
        access.require(caller, p, needed);
        return p;
    }

    public ProjectEntity resolve(String ref, boolean refIsName) {
        if (!refIsName && ref.matches("[0-9]{1,18}")) {
            return projects.findByIdOptional(Long.parseLong(ref))
                    .orElseThrow(() -> ApiException.notFound("project " + ref + " not found"));
        }
        return projects.findByName(ref).orElseThrow(() -> ApiException.notFound("project " + ref + " not found"));
    }

    public ProjectView view(Principal caller, ProjectEntity p) {
        Integer role = access.role(caller, p.id).map(Role::id).orElse(null);
        return ProjectView.of(p, role, repositories.countInProject(p.id));
    }

    public Listing list(Principal caller, ProjectFilter filter, Sort sort, PageRequest page) {
        Long visibleTo = caller.sysadmin() ? null : caller.anonymous() ? 0L : caller.userId();
        ProjectFilter scoped = new ProjectFilter(filter.name(), filter.fuzzyName(), filter.publicOnly(),
                filter.owner(), visibleTo);
        PanacheQuery<ProjectEntity> query = projects.search(scoped, sort, page);
        List<ProjectView> items = query.list().stream().map(p -> view(caller, p)).toList();
        return new Listing(items, query.count());
    }

    @Transactional
    public ProjectEntity update(Principal caller, String ref, boolean refIsName, ProjectRequest request) {
        ProjectEntity p = get(caller, ref, refIsName, ProjectAction.ADMINISTER);
        Boolean pub = request == null ? null : request.publicFlag();
        if (pub != null) {
            p.publicProject = pub;
            p.updateTime = Instant.now();
        }
        return p;
    }

    @Transactional
    public void delete(Principal caller, String ref, boolean refIsName) {
        ProjectEntity p = get(caller, ref, refIsName, ProjectAction.ADMINISTER);
        if (repositories.countInProject(p.id) > 0) {
            throw new ApiException(ApiError.PRECONDITION, "project " + p.name + " still contains repositories");
        }
        members.deleteProject(p.id);
        projects.delete(p);
        if (p.cache()) {
            changed.fire(new CacheProjectsChanged("cache project " + p.name + " deleted"));
        }
        audit.record(p.id, caller.username(), p.name, "project", AuditRecorder.DELETE, Instant.now());
        LOG.infof("project deleted: %s by %s", p.name, caller.username());
    }

    public ProjectSummary summary(Principal caller, String ref, boolean refIsName) {
        ProjectEntity p = get(caller, ref, refIsName, ProjectAction.READ);
        return new ProjectSummary(repositories.countInProject(p.id),
                members.countRole(p.id, Role.PROJECT_ADMIN.id()),
                members.countRole(p.id, Role.MAINTAINER.id()),
                members.countRole(p.id, Role.DEVELOPER.id()),
                members.countRole(p.id, Role.GUEST.id()),
                members.countRole(p.id, Role.LIMITED_GUEST.id()));
    }
}
