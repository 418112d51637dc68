package io.berth.ui.console.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What the console asks auth-service, as the signed-in visitor: sign in and out, accounts
 * (list, create, profile, password, admin flag, delete) and LDAP (test a connection). A refusal is an {@link IdentityRefusal} carrying auth-service's status and message.
 */
@ApplicationScoped
public class Identity {

    private static final Logger LOG = Logger.getLogger(Identity.class);

    /** One page of accounts and the total. */
    public record Users(List<UserRow> items, long total) {
    }

    /** A connection test's outcome and auth-service's explanation. */
    public record Ping(boolean success, String message) {
    }

    private final IdentityRestClient rest;
    private final ObjectMapper json;

    public Identity(@RestClient IdentityRestClient rest, ObjectMapper json) {
        this.rest = rest;
        this.json = json;
    }

    /**
     * {@code /c/login} for the browser at {@code clientAddress} (in {@code X-Real-IP}, which
     * auth-service honours from the proxies it trusts); waits as long as auth-service slows
     * this name and address down after failures.
     */
    public LoginAnswer login(String principal, String password, String clientAddress) {
        try (Response r = rest.login(clientAddress, principal, password)) {
            List<String> cookies = r.getStringHeaders().get(HttpHeaders.SET_COOKIE);
            return new LoginAnswer(LoginAnswer.Outcome.ACCEPTED, cookies == null ? List.of() : cookies);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 400) {
                return new LoginAnswer(LoginAnswer.Outcome.REFUSED, List.of());
            }
            LOG.errorf("failed to sign in at auth-service: status %d", status);
            return new LoginAnswer(LoginAnswer.Outcome.UNAVAILABLE, List.of());
        } catch (ProcessingException e) {
            LOG.error("failed to reach auth-service to sign in", e);
            return new LoginAnswer(LoginAnswer.Outcome.UNAVAILABLE, List.of());
        }
    }

    /** Revokes the visitor's session; the {@code Set-Cookie} headers that clear it. */
    public List<String> logout() {
        try (Response r = rest.logout()) {
            List<String> cookies = r.getStringHeaders().get(HttpHeaders.SET_COOKIE);
            return cookies == null ? List.of() : cookies;
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warn("failed to revoke a session at auth-service");
            return List.of();
        }
    }

    /** Accounts whose name contains {@code name} (all when blank), sorted by name. */
    public Users users(String name, int page, int pageSize) {
        String q = name == null || name.isBlank() ? null : "username=~" + name.replace(",", "");
        return call(() -> {
            try (Response r = rest.users(q, page, pageSize)) {
                JsonNode body = json.readTree(r.readEntity(String.class));
                List<UserRow> rows = new java.util.ArrayList<>();
                body.forEach(u -> rows.add(UserRow.of(u)));
                String total = r.getHeaderString("X-Total-Count");
                return new Users(rows, total == null ? rows.size() : Long.parseLong(total));
            } catch (java.io.IOException e) {
                throw new IdentityRefusal(502, "unreadable answer from auth-service");
            }
        });
    }

    public UserRow current() {
        return call(() -> UserRow.of(rest.current()));
    }

    /** Creates an account: as a system admin, or anonymously when self-registration is on. */
    public void create(String username, String email, String realname, String password, String comment) {
        ObjectNode u = json.createObjectNode().put("username", username).put("email", email)
                .put("realname", realname).put("password", password).put("comment", comment);
        run(() -> rest.create(u));
    }

    public void updateProfile(long id, String email, String realname) {
        run(() -> rest.updateProfile(id,
                json.createObjectNode().put("email", email).put("realname", realname)));
    }

    /** {@code oldPassword} null: a system admin resets another account's password. */
    public void changePassword(long id, String oldPassword, String newPassword) {
        ObjectNode body = json.createObjectNode().put("new_password", newPassword);
        if (oldPassword != null) {
            body.put("old_password", oldPassword);
        }
        run(() -> rest.password(id, body));
    }

    public void setSysadmin(long id, boolean sysadmin) {
        run(() -> rest.sysadmin(id, json.createObjectNode().put("sysadmin_flag", sysadmin)));
    }

    public void delete(long id) {
        run(() -> rest.delete(id));
    }

    /** Tests LDAP settings; fields left null take the stored values, as Harbor's ping does. */
    public Ping ldapPing(ObjectNode settings) {
        JsonNode r = call(() -> rest.ldapPing(settings));
        return new Ping(r.path("success").asBoolean(), r.path("message").asText(""));
    }

    private void run(Supplier<Response> call) {
        call(() -> {
            call.get().close();
            return null;
        });
    }

    private <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw refusal(e.getResponse());
        } catch (ProcessingException e) {
            LOG.error("failed to reach auth-service", e);
            throw new IdentityRefusal(503, "auth-service unavailable");
        }
    }

    private IdentityRefusal refusal(Response r) {
        String message = "";
        try {
            JsonNode body = json.readTree(r.readEntity(String.class));
            message = body.path("errors").path(0).path("message").asText("");
        } catch (RuntimeException | java.io.IOException e) {
            // the status says enough
        }
        if (r.getStatus() >= 500) {
            LOG.errorf("auth-service failed a console request: status %d", r.getStatus());
        }
        return new IdentityRefusal(r.getStatus(), message);
    }
}
