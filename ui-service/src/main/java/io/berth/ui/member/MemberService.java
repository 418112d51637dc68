package io.berth.ui.member;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.api.Slice;
import io.berth.ui.domain.DomainEvent;
import io.berth.ui.domain.MemberChanged;
import io.berth.ui.project.MemberEntity;
import io.berth.ui.project.MemberRepository;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectService;
import io.berth.ui.role.ProjectAction;
import io.berth.ui.role.Role;
import io.berth.ui.security.AuthClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Project membership: guests and up read it, project admins and system admins change it. */
@ApplicationScoped
public class MemberService {

    private static final Logger LOG = Logger.getLogger(MemberService.class);

    public record Listing(List<MemberView> items, long total) {
    }

    private final ProjectService projects;
    private final MemberRepository members;
    private final AuthClient users;
    private final Event<DomainEvent> events;

    public MemberService(ProjectService projects, MemberRepository members, AuthClient users,
            Event<DomainEvent> events) {
        this.projects = projects;
        this.members = members;
        this.users = users;
        this.events = events;
    }

    public Listing list(Principal caller, ProjectRef project, String entityName, PageRequest page) {
        ProjectEntity p = projects.get(caller, project, ProjectAction.READ_MEMBERS);
        Slice<MemberEntity> found = Slice.of(members.inProject(p.id, entityName), page);
        return new Listing(found.items().stream().map(MemberView::of).toList(), found.total());
    }

    public MemberView get(Principal caller, ProjectRef project, long memberId) {
        ProjectEntity p = projects.get(caller, project, ProjectAction.READ_MEMBERS);
        return MemberView.of(find(p, memberId));
    }

    @Transactional
    public MemberEntity add(Principal caller, ProjectRef project, MemberRequest request) {
        ProjectEntity p = projects.get(caller, project, ProjectAction.MANAGE_MEMBERS);
        Role role = role(request);
        if (request.memberUser() == null) {
            throw HarborException.badRequest("member_user is required");
        }
        Principal user = lookup(request.memberUser())
                .orElseThrow(() -> HarborException.notFound("user not found"));
        if (members.find(p.id, user.userId()).isPresent()) {
            throw HarborException.conflict("user " + user.username() + " is already a member of " + p.name);
        }
        Instant now = Instant.now();
        MemberEntity m = new MemberEntity();
        m.projectId = p.id;
        m.userId = user.userId();
        m.username = user.username();
        m.roleId = role.id();
        m.created(now);
        members.persist(m);
        events.fire(new MemberChanged(p.id, m.username, MemberChanged.Change.ADDED, caller.username(), now));
        LOG.infof("member added: project %s user %s role %d", p.name, user.username(), role.id());
        return m;
    }

    @Transactional
    public void update(Principal caller, ProjectRef project, long memberId, MemberRequest request) {
        ProjectEntity p = projects.get(caller, project, ProjectAction.MANAGE_MEMBERS);
        Role role = role(request);
        MemberEntity m = find(p, memberId);
        m.roleId = role.id();
        m.updateTime = Instant.now();
        events.fire(new MemberChanged(p.id, m.username, MemberChanged.Change.ROLE_CHANGED, caller.username(),
                m.updateTime));
    }

    @Transactional
    public void remove(Principal caller, ProjectRef project, long memberId) {
        ProjectEntity p = projects.get(caller, project, ProjectAction.MANAGE_MEMBERS);
        MemberEntity m = find(p, memberId);
        members.delete(m);
        events.fire(new MemberChanged(p.id, m.username, MemberChanged.Change.REMOVED, caller.username(),
                Instant.now()));
        LOG.infof("member removed: project %s member %d", p.name, memberId);
    }

    private MemberEntity find(ProjectEntity p, long memberId) {
        return members.findInProject(p.id, memberId)
                .orElseThrow(() -> HarborException.notFound("member " + memberId + " not found"));
    }

    private static Role role(MemberRequest request) {
        if (request == null || request.roleId() == null) {
            throw HarborException.badRequest("role_id is required");
        }
        return Role.byId(request.roleId())
                .orElseThrow(() -> HarborException.badRequest("role_id must be between 1 and 5"));
    }

    private Optional<Principal> lookup(MemberRequest.MemberUser user) {
        if (user.userId() != null && user.userId() > 0) {
            return users.userById(user.userId());
        }
        if (user.username() != null && !user.username().isEmpty()) {
            // a directory user who never signed in is onboarded by name (ldap_auth mode), as in Harbor
            return users.userByName(user.username()).or(() -> users.onboard(user.username()));
        }
        throw HarborException.badRequest("member_user needs user_id or username");
    }
}
