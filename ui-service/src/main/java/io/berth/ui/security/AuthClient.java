package io.berth.ui.security;

import io.berth.common.internal.Credentials;
import io.berth.common.internal.Principal;
import io.berth.ui.api.ApiError;
import io.berth.ui.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What ui-service asks auth-service: who a Basic-auth caller is, whether a session is still
 * live, and user look-ups. Answers are cached a few seconds so a burst of API calls costs one
 * round trip. An unreachable auth-service is a 500, never an anonymous caller.
 */
@ApplicationScoped
public class AuthClient {

    private static final Logger LOG = Logger.getLogger(AuthClient.class);
    private static final Duration TTL = Duration.ofSeconds(5);

    private final AuthRestClient rest;
    private final InternalSecret secret;
    private final ExpiringCache<String, Optional<Principal>> logins = new ExpiringCache<>(TTL, 10_000);
    private final ExpiringCache<String, Boolean> sessions = new ExpiringCache<>(TTL, 10_000);

    public AuthClient(@RestClient AuthRestClient rest, InternalSecret secret) {
        this.rest = rest;
        this.secret = secret;
    }

    /** The principal for these credentials, empty when auth-service refuses them. */
    public Optional<Principal> authenticate(String username, String password) {
        return logins.get(username + "\n" + sha256(password), () -> {
            try {
                return Optional.ofNullable(rest.authenticate(secret.value(), new Credentials(username, password)));
            } catch (WebApplicationException e) {
                return miss(e, "failed to authenticate with auth-service");
            } catch (RuntimeException e) {
                throw unavailable(e);
            }
        });
    }

    /** Whether the session with this id has not been revoked. */
    public boolean sessionLive(String jti) {
        return sessions.get(jti, () -> {
            try (Response r = rest.session(secret.value(), jti)) {
                return r.getStatus() == 200;
            } catch (WebApplicationException e) {
                return miss(e, "failed to check a session with auth-service").isPresent();
            } catch (RuntimeException e) {
                throw unavailable(e);
            }
        });
    }

    public Optional<Principal> userByName(String username) {
        try {
            return Optional.ofNullable(rest.userByName(secret.value(), username));
        } catch (WebApplicationException e) {
            return miss(e, "failed to look up a user by name");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** In ldap_auth mode, the directory user of this name, onboarded by auth-service; empty otherwise. */
    public Optional<Principal> onboard(String username) {
        try {
            return Optional.ofNullable(rest.onboard(secret.value(), username));
        } catch (WebApplicationException e) {
            return miss(e, "failed to onboard a directory user");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    public Optional<Principal> userById(long id) {
        try {
            return Optional.ofNullable(rest.userById(secret.value(), id));
        } catch (WebApplicationException e) {
            return miss(e, "failed to look up a user by id");
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** 401/404 are answers ("no such user"); anything else is a failure of auth-service. */
    private static <T> Optional<T> miss(WebApplicationException e, String failure) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 404) {
            return Optional.empty();
        }
        LOG.errorf("%s: status %d", failure, status);
        throw new ApiException(ApiError.UNKNOWN, "identity service failed");
    }

    private static ApiException unavailable(RuntimeException e) {
        LOG.error("failed to reach auth-service", e);
        return new ApiException(ApiError.UNKNOWN, "identity service unavailable");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
