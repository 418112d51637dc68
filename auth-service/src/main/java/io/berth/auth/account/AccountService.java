package io.berth.auth.account;

import io.berth.auth.authn.CredentialChecker;
import io.berth.auth.session.SessionService;
import io.berth.auth.settings.AppliedSettings;
import io.berth.auth.user.PasswordHasher;
import io.berth.auth.user.UserAccount;
import io.berth.auth.user.UserRepository;
import io.berth.auth.user.UserRepository.PageOf;
import io.berth.auth.user.UserRepository.UserFilter;
import io.berth.common.harbor.AccountRefusal;
import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Principal;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import org.jboss.logging.Logger;

/** Account management with Harbor's rules on who may do what to which account. */
@ApplicationScoped
public class AccountService {

    public static final long ADMIN_ID = 1;
    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final AppliedSettings settings;
    private final CredentialChecker credentials;

    public AccountService(UserRepository users, PasswordHasher hasher, SessionService sessions,
            AppliedSettings settings, CredentialChecker credentials) {
        this.users = users;
        this.credentials = credentials;
        this.hasher = hasher;
        this.sessions = sessions;
        this.settings = settings;
    }

    @Transactional
    public UserAccount create(Principal caller, UserCreationRequest req) {
        if (!caller.sysadmin() && !settings.current().selfRegistration()) {
            throw caller.anonymous() ? HarborException.unauthorized("authentication required")
                    : HarborException.forbidden("only a system administrator may create users");
        }
        if (req == null) {
            throw HarborException.badRequest("request body is required");
        }
        AccountRules.checkUsername(req.username());
        AccountRules.checkPassword(req.password());
        AccountRules.checkEmail(req.email());
        AccountRules.checkRealname(req.realname());
        AccountRules.checkComment(req.comment());
        String email = blankToNull(req.email());
        if (users.nameTaken(req.username())) {
            throw AccountRefusal.USERNAME_TAKEN.exception(req.username());
        }
        if (email != null && users.byEmail(email).isPresent()) {
            throw AccountRefusal.EMAIL_TAKEN.exception(email);
        }
        Instant now = Instant.now();
        UserAccount u = new UserAccount();
        u.username = req.username();
        u.email = email;
        u.realname = Objects.requireNonNullElse(req.realname(), "");
        u.comment = Objects.requireNonNullElse(req.comment(), "");
        u.passwordHash = hasher.hash(req.password());
        u.creationTime = now;
        u.updateTime = now;
        users.persist(u);
        LOG.infof("user created: username=%s, by=%s", u.username, caller.anonymous() ? "self-registration" : caller.username());
        return u;
    }

    @Transactional
    public PageOf<UserAccount> list(Principal caller, UserFilter filter, Sort sort, int page, int pageSize) {
        requireSysadmin(caller);
        return users.list(filter, sort, page, pageSize);
    }

    /** Any logged-in user may look names up (to add members). */
    @Transactional
    public PageOf<UserAccount> search(Principal caller, String username, int page, int pageSize) {
        requireUser(caller);
        if (username == null || username.isBlank()) {
            throw HarborException.badRequest("username is required");
        }
        UserFilter f = new UserFilter(java.util.Optional.of(username), true, java.util.Optional.empty(), false);
        return users.list(f, Sort.by("username"), page, pageSize);
    }

    @Transactional
    public UserAccount get(Principal caller, long id) {
        requireSelfOrSysadmin(caller, id);
        return found(id);
    }

    @Transactional
    public UserAccount updateProfile(Principal caller, long id, UserProfileRequest profile) {
        requireSelfOrSysadmin(caller, id);
        UserAccount u = found(id);
        if (profile == null) {
            throw HarborException.badRequest("request body is required");
        }
        if (profile.email() != null) {
            AccountRules.checkEmail(profile.email());
            String email = blankToNull(profile.email());
            if (email != null && users.byEmail(email).filter(o -> !o.id.equals(u.id)).isPresent()) {
                throw AccountRefusal.EMAIL_TAKEN.exception(email);
            }
            u.email = email;
        }
        if (profile.realname() != null) {
            AccountRules.checkRealname(profile.realname());
            u.realname = profile.realname();
        }
        if (profile.comment() != null) {
            AccountRules.checkComment(profile.comment());
            u.comment = profile.comment();
        }
        u.updateTime = Instant.now();
        return u;
    }

    /**
     * The old password is required unless a system administrator changes another's; it is
     * checked like a login (limited per source, see {@link CredentialChecker}). Every session of
     * the account ends (OWASP: whoever held the old password is out), except {@code callerSession},
     * the session the owner changes their own password from (null for none).
     */
    @Transactional
    public void changePassword(Principal caller, long id, PasswordRequest req, String clientAddress,
            String callerSession) {
        requireSelfOrSysadmin(caller, id);
        UserAccount u = found(id);
        if (req == null) {
            throw HarborException.badRequest("request body is required");
        }
        if (u.fromLdap()) {
            throw AccountRefusal.LDAP_PASSWORD.exception();
        }
        boolean self = caller.userId() == id;
        if (self || !caller.sysadmin()) {
            if (req.oldPassword() == null || req.oldPassword().isEmpty()) {
                throw AccountRefusal.OLD_PASSWORD_REQUIRED.exception();
            }
            if (credentials.check(u.username, req.oldPassword(), clientAddress)
                    .filter(p -> p.userId() == id).isEmpty()) {
                throw AccountRefusal.OLD_PASSWORD_WRONG.exception();
            }
        }
        AccountRules.checkPassword(req.newPassword());
        if (hasher.matches(req.newPassword(), u.passwordHash)) {
            throw AccountRefusal.PASSWORD_UNCHANGED.exception();
        }
        u.passwordHash = hasher.hash(req.newPassword());
        u.updateTime = Instant.now();
        sessions.revokeAllOf(u.id, self ? callerSession : null);
        LOG.infof("password changed: username=%s, by=%s", u.username, caller.username());
    }

    @Transactional
    public void setSysadmin(Principal caller, long id, Boolean flag) {
        requireSysadmin(caller);
        if (flag == null) {
            throw HarborException.badRequest("sysadmin_flag is required");
        }
        if (id == ADMIN_ID || id == caller.userId()) {
            throw AccountRefusal.SYSADMIN_FLAG_FIXED.exception();
        }
        UserAccount u = found(id);
        // no session to end: every service asks auth-service for a session's rights on each request
        u.sysadmin = flag;
        u.updateTime = Instant.now();
        LOG.infof("sysadmin flag changed: username=%s, sysadmin=%s, by=%s", u.username, flag, caller.username());
    }

    /** Soft delete as Harbor does: the id is never reused, name and e-mail are freed. */
    @Transactional
    public void delete(Principal caller, long id) {
        requireSysadmin(caller);
        if (id == ADMIN_ID) {
            throw AccountRefusal.ADMIN_UNDELETABLE.exception();
        }
        if (id == caller.userId()) {
            throw AccountRefusal.SELF_DELETE.exception();
        }
        UserAccount u = found(id);
        String name = u.username;
        u.deleted = true;
        u.username = truncate(u.username + "#" + u.id);
        u.email = u.email == null ? null : truncate(u.email + "#" + u.id);
        u.passwordHash = null;
        u.updateTime = Instant.now();
        sessions.revokeAllOf(u.id, null);
        LOG.infof("user deleted: username=%s, by=%s", name, caller.username());
    }

    private UserAccount found(long id) {
        return users.live(id).orElseThrow(() -> HarborException.notFound("user " + id + " not found"));
    }

    private static void requireUser(Principal caller) {
        if (caller.anonymous()) {
            throw HarborException.unauthorized("authentication required");
        }
    }

    private static void requireSysadmin(Principal caller) {
        requireUser(caller);
        if (!caller.sysadmin()) {
            throw HarborException.forbidden("only a system administrator may do this");
        }
    }

    private static void requireSelfOrSysadmin(Principal caller, long id) {
        requireUser(caller);
        if (!caller.sysadmin() && caller.userId() != id) {
            throw HarborException.forbidden("you may only act on your own account");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String truncate(String s) {
        return s.length() <= 255 ? s : s.substring(s.length() - 255);
    }
}
