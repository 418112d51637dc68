package io.berth.ui.security;

import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.Credentials;
import io.berth.common.internal.Principal;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What ui-service asks auth-service: who a Basic-auth caller is, who a session is now, and user
 * look-ups; and what it tells it: the settings it applies. Nothing about a caller is cached
 * here: auth-service owns accounts and sessions, so a demotion, a password change or a deletion
 * holds on the next request (auth-service keeps repeated Basic checks cheap). auth-service's 429
 * (the caller guessed too often) is passed on with its Retry-After; an unreachable or unavailable
 * auth-service is a 503, never an anonymous caller.
 */
@ApplicationScoped
public class AuthClient {

    private static final Logger LOG = Logger.getLogger(AuthClient.class);

    private final AuthRestClient rest;

    public AuthClient(@RestClient AuthRestClient rest) {
        this.rest = rest;
    }

    /** The principal for these credentials sent from {@code clientAddress}, empty when auth-service refuses them. */
    public Optional<Principal> authenticate(String username, String password, String clientAddress) {
        try {
            return Optional.ofNullable(rest.authenticate(new Credentials(username, password, clientAddress)));
        } catch (WebApplicationException e) {
            return miss(e, "failed to authenticate with auth-service");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** Who the session with this id is now; empty once it is revoked or expired or its account deleted. */
    public Optional<Principal> session(String jti) {
        try {
            return Optional.ofNullable(rest.session(jti));
        } catch (WebApplicationException e) {
            return miss(e, "failed to check a session with auth-service");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    public Optional<Principal> userByName(String username) {
        try {
            return Optional.ofNullable(rest.userByName(username));
        } catch (WebApplicationException e) {
            return miss(e, "failed to look up a user by name");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** In ldap_auth mode, the directory user of this name, onboarded by auth-service; empty otherwise. */
    public Optional<Principal> onboard(String username) {
        try {
            return Optional.ofNullable(rest.onboard(username));
        } catch (WebApplicationException e) {
            return miss(e, "failed to onboard a directory user");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    public Optional<Principal> userById(long id) {
        try {
            return Optional.ofNullable(rest.userById(id));
        } catch (WebApplicationException e) {
            return miss(e, "failed to look up a user by id");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** Hands auth-service the settings it applies; true when it stored them. */
    public boolean pushSettings(AccountSettings settings) {
        try (Response r = rest.pushSettings(settings)) {
            return r.getStatus() / 100 == 2;
        } catch (WebApplicationException e) {
            LOG.warnf("auth-service refused the settings: status %d", e.getResponse().getStatus());
        } catch (RuntimeException e) {
            LOG.warnf("failed to send the settings to auth-service: %s", e.toString());
        }
        return false;
    }

    /**
     * 401/404 are answers ("no such user"); 429 and 503 are passed on with their Retry-After;
     * anything else is a failure of auth-service.
     */
    private static <T> Optional<T> miss(WebApplicationException e, String failure) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 404) {
            return Optional.empty();
        }
        if (status == 400 || status == 414 || status == 431) {
            // auth-service (or its HTTP layer) refused the value the client gave us: the client's error
            throw new HarborException(HarborError.BAD_REQUEST, "invalid user name or credentials");
        }
        long retryAfter = retryAfter(e.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER));
        if (status == 429) {
            throw HarborException.retryAfter(HarborError.TOO_MANY_REQUEST,
                    "too many failed logins from this address, retry later", retryAfter);
        }
        if (status == 503) {
            LOG.warnf("%s: auth-service unavailable", failure);
            throw HarborException.retryAfter(HarborError.SERVICE_UNAVAILABLE,
                    "identity service unavailable, retry later", retryAfter);
        }
        LOG.errorf("%s: status %d", failure, status);
        if (status >= 500) {
            throw HarborException.unavailable("identity service unavailable, retry later");
        }
        throw new HarborException(HarborError.UNKNOWN, "identity service failed");
    }

    private static HarborException unavailable(RuntimeException e) {
        LOG.warnf("failed to reach auth-service: %s", e.toString());
        return HarborException.unavailable("identity service unavailable, retry later");
    }

    private static long retryAfter(String header) {
        try {
            long s = header == null ? HarborException.RETRY_AFTER_SECONDS : Long.parseLong(header.strip());
            return s > 0 ? s : HarborException.RETRY_AFTER_SECONDS;
        } catch (NumberFormatException e) {
            return HarborException.RETRY_AFTER_SECONDS;
        }
    }
}
