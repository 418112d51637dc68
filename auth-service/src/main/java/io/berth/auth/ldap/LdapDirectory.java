package io.berth.auth.ldap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.directory.api.ldap.model.cursor.CursorException;
import org.apache.directory.api.ldap.model.cursor.SearchCursor;
import org.apache.directory.api.ldap.model.entry.Attribute;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.Value;
import org.apache.directory.api.ldap.model.exception.LdapAuthenticationException;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.filter.FilterEncoder;
import org.apache.directory.api.ldap.model.message.AliasDerefMode;
import org.apache.directory.api.ldap.model.message.BindRequestImpl;
import org.apache.directory.api.ldap.model.message.BindResponse;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.apache.directory.api.ldap.model.message.SearchRequest;
import org.apache.directory.api.ldap.model.message.SearchRequestImpl;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.apache.directory.ldap.client.api.LdapConnectionPool;
import org.jboss.logging.Logger;

/**
 * The directory operations Berth needs, for one set of settings: find users (over pooled
 * connections bound as the search DN), check a password (a fresh connection bound as the user,
 * closed right after), and ping. Every operation takes a {@link Deadline}; failures to reach or
 * use the directory surface as {@link LdapUnavailableException}.
 */
public final class LdapDirectory implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class);
    private static final String MAIL = "mail";
    private static final String CN = "cn";

    private final LdapSettings settings;
    private final LdapConnector connector;
    private final LdapWorkers workers = new LdapWorkers();
    private LdapConnectionPool pool;

    public LdapDirectory(LdapSettings settings) {
        this.settings = settings;
        this.connector = new LdapConnector(settings);
    }

    public LdapSettings settings() {
        return settings;
    }

    /**
     * Entries under the base that pass the filter and whose uid attribute equals {@code name}
     * (every such entry when {@code name} is null), at most {@code limit}.
     */
    List<LdapUser> findUsers(String name, int limit, Deadline deadline) {
        return workers.call(deadline, () -> findUsersNow(name, limit, deadline));
    }

    private List<LdapUser> findUsersNow(String name, int limit, Deadline deadline) {
        String match = "(" + settings.uidAttribute() + "=" + (name == null ? "*" : FilterEncoder.encodeFilterValue(name)) + ")";
        String filter = settings.filter().isEmpty() ? match : "(&" + settings.filter() + match + ")";
        LdapConnectionPool connections = pool();
        LdapConnection connection = borrow(connections, deadline);
        boolean reusable = false;
        try {
            List<LdapUser> users = new ArrayList<>();
            ResultCodeEnum code = search(connection, settings.baseDn(), settings.scope(), filter, limit, deadline, entry -> {
                toUser(entry, name).ifPresent(users::add);
            });
            reusable = true;
            if (code == ResultCodeEnum.NO_SUCH_OBJECT) {
                LOG.warnv("ldap search base not found, base={0}", settings.baseDn().getName());
            } else if (code != ResultCodeEnum.SUCCESS && code != ResultCodeEnum.SIZE_LIMIT_EXCEEDED) {
                throw new LdapUnavailableException("ldap search failed: result " + code);
            }
            return users;
        } finally {
            giveBack(connections, connection, reusable);
        }
    }

    /** True when {@code dn} binds with {@code password}; false for a refusal. */
    boolean checkPassword(Dn dn, String password, Deadline deadline) {
        return workers.call(deadline, () -> withUserBind(dn, password, deadline, connection -> Optional.of(Boolean.TRUE)).isPresent());
    }

    /**
     * Binds as {@code dn} and reads the entry with the user's own rights. Empty for a refusal,
     * or when a configured filter does not admit the entry.
     */
    Optional<LdapUser> bindAndRead(Dn dn, String password, String requested, Deadline deadline) {
        return workers.call(deadline, () -> bindAndReadNow(dn, password, requested, deadline));
    }

    private Optional<LdapUser> bindAndReadNow(Dn dn, String password, String requested, Deadline deadline) {
        return withUserBind(dn, password, deadline, connection -> {
            String filter = settings.filter().isEmpty() ? "(objectClass=*)" : settings.filter();
            List<Entry> found = new ArrayList<>();
            ResultCodeEnum code = search(connection, dn, SearchScope.OBJECT, filter, 1, deadline, found::add);
            if (!found.isEmpty()) {
                return toUser(found.get(0), requested);
            }
            if (!settings.filter().isEmpty()) {
                LOG.debugv("ldap entry not admitted by the filter, result={0}", code);
                return Optional.empty();
            }
            // the bind proved the password; an entry the user may not read still signs in
            return Optional.of(new LdapUser(requested, "", "", dn.getName()));
        });
    }

    /** Connects, binds as the search DN (or anonymously) and, in search mode, looks up the base. */
    LdapPingResult ping(Deadline deadline) {
        try {
            return workers.call(deadline, () -> pingNow(deadline));
        } catch (LdapUnavailableException e) {
            return LdapPingResult.failed(e.getMessage());
        }
    }

    private LdapPingResult pingNow(Deadline deadline) {
        LdapConnection connection = null;
        try {
            connection = open(deadline);
            BindRequestImpl bind = simpleBind();
            if (!settings.searchDn().isEmpty()) {
                bind.setName(settings.searchDn());
                bind.setCredentials(settings.searchPassword());
            }
            ResultCodeEnum bound = bindResult(connection, bind);
            if (bound != ResultCodeEnum.SUCCESS) {
                if (settings.template().isPresent() && settings.searchDn().isEmpty()) {
                    return LdapPingResult.ok();
                }
                return LdapPingResult.failed("bind as the search dn was refused: " + bound);
            }
            if (settings.template().isEmpty()) {
                ResultCodeEnum code = search(connection, settings.baseDn(), SearchScope.OBJECT, "(objectClass=*)", 1, deadline, e -> { });
                if (code == ResultCodeEnum.NO_SUCH_OBJECT) {
                    return LdapPingResult.failed("base dn not found: " + settings.baseDn().getName());
                }
            }
            return LdapPingResult.ok();
        } catch (LdapException | RuntimeException e) {
            return LdapPingResult.failed(LdapFailures.unavailable("ping", e, settings.searchPassword()).getMessage());
        } finally {
            LdapConnections.closeQuietly(connection);
        }
    }

    /** A new connection whose operations end by the deadline. */
    private LdapConnection open(Deadline deadline) throws LdapException {
        LdapConnection connection = connector.open(deadline);
        connection.setTimeOut(deadline.remainingMillis());
        return connection;
    }

    private static BindRequestImpl simpleBind() {
        BindRequestImpl bind = new BindRequestImpl();
        bind.setSimple(true);
        return bind;
    }

    @Override
    public synchronized void close() {
        workers.close();
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    private <T> Optional<T> withUserBind(Dn dn, String password, Deadline deadline, UserStep<T> then) {
        LdapConnection connection = null;
        try {
            connection = open(deadline);
            BindRequestImpl bind = simpleBind();
            bind.setDn(dn);
            bind.setCredentials(password);
            ResultCodeEnum code = bindResult(connection, bind);
            if (code != ResultCodeEnum.SUCCESS) {
                if (LdapFailures.isRefusal(code)) {
                    LOG.debugv("ldap bind refused, result={0}", code);
                    return Optional.empty();
                }
                throw new LdapUnavailableException("ldap bind failed: result " + code);
            }
            return then.apply(connection);
        } catch (LdapException | RuntimeException e) {
            throw LdapFailures.unavailable("user bind", e, password);
        } finally {
            LdapConnections.closeQuietly(connection);
        }
    }

    private static ResultCodeEnum bindResult(LdapConnection connection, BindRequestImpl bind) throws LdapException {
        try {
            BindResponse response = connection.bind(bind);
            return response.getLdapResult().getResultCode();
        } catch (LdapAuthenticationException e) {
            return ResultCodeEnum.INVALID_CREDENTIALS;
        }
    }

    private ResultCodeEnum search(LdapConnection connection, Dn base, SearchScope scope, String filter, int limit,
            Deadline deadline, EntrySink sink) {
        long millis = deadline.remainingMillis();
        connection.setTimeOut(millis);
        try {
            SearchRequest request = new SearchRequestImpl()
                    .setBase(base)
                    .setFilter(filter)
                    .setScope(scope)
                    .setSizeLimit(limit)
                    .setTimeLimit((int) Math.max(1, millis / 1000))
                    .setDerefAliases(AliasDerefMode.NEVER_DEREF_ALIASES)
                    .addAttributes(settings.uidAttribute(), MAIL, CN);
            try (SearchCursor cursor = connection.search(request)) {
                while (cursor.next()) {
                    if (cursor.isEntry()) {
                        sink.accept(cursor.getEntry());
                    }
                }
                return cursor.getSearchResultDone().getLdapResult().getResultCode();
            }
        } catch (LdapException | CursorException | IOException e) {
            throw LdapFailures.unavailable("search", e, null);
        }
    }

    private synchronized LdapConnectionPool pool() {
        if (pool == null) {
            pool = connector.searchPool();
        }
        return pool;
    }

    private LdapConnection borrow(LdapConnectionPool connections, Deadline deadline) {
        try {
            return connections.borrowObject(deadline.remaining());
        } catch (Exception e) {
            throw LdapFailures.unavailable("search bind", e, settings.searchPassword());
        }
    }

    private void giveBack(LdapConnectionPool connections, LdapConnection connection, boolean reusable) {
        try {
            if (reusable) {
                connection.setTimeOut(settings.timeout().toMillis());
                connections.returnObject(connection);
            } else {
                connections.invalidateObject(connection);
            }
        } catch (Exception e) {
            LOG.debugv("failed to return an ldap connection to the pool: {0}", e.getClass().getSimpleName());
        }
    }

    private Optional<LdapUser> toUser(Entry entry, String requested) {
        String uid = canonicalUid(entry.get(settings.uidAttribute()), requested);
        if (uid == null) {
            return Optional.empty();
        }
        return Optional.of(new LdapUser(uid, first(entry.get(MAIL)), first(entry.get(CN)), entry.getDn().getName()));
    }

    /** The directory's own spelling of the uid, so "TEST" and "test" onboard as one account. */
    private static String canonicalUid(Attribute uid, String requested) {
        if (uid == null || uid.size() == 0) {
            return requested;
        }
        if (requested == null || uid.size() == 1) {
            return uid.get().getString();
        }
        for (Value value : uid) {
            if (value.getString().equalsIgnoreCase(requested)) {
                return value.getString();
            }
        }
        return requested;
    }

    private static String first(Attribute attribute) {
        return attribute == null || attribute.size() == 0 ? "" : attribute.get().getString();
    }

    @FunctionalInterface
    private interface EntrySink {
        void accept(Entry entry) throws LdapException;
    }

    @FunctionalInterface
    private interface UserStep<T> {
        Optional<T> apply(LdapConnection connection) throws LdapException;
    }
}
