package io.berth.auth.ldapapi;

import io.berth.auth.caller.CallerResolver;
import io.berth.auth.ldap.LdapAdminService;
import io.berth.auth.ldap.LdapPingResult;
import io.berth.auth.ldap.LdapSettings;
import io.berth.auth.ldap.LdapSettingsException;
import io.berth.auth.ldap.LdapUser;
import io.berth.auth.user.LdapOnboarding;
import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Principal;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Harbor's LDAP helpers for system administrators: ping, user search, user import. A directory
 * that cannot answer is an outage (503, see {@code api.Outages}); no directory configured is a 400.
 */
@Path("/api/v2.0/ldap")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LdapResource {

    private final LdapAdminService ldap;
    private final LdapOnboarding onboarding;
    private final CallerResolver callers;

    @Context
    HttpHeaders headers;

    @Context
    HttpServerRequest request;

    public LdapResource(LdapAdminService ldap, LdapOnboarding onboarding, CallerResolver callers) {
        this.ldap = ldap;
        this.onboarding = onboarding;
        this.callers = callers;
    }

    @POST
    @Path("/ping")
    public LdapPingView ping(LdapConfRequest req) {
        sysadmin();
        LdapPingResult r = req == null ? ldap.ping() : ldap.ping(settings(req));
        return new LdapPingView(r.success(), r.message());
    }

    @GET
    @Path("/users/search")
    public List<LdapUserView> search(@QueryParam("username") String username) {
        sysadmin();
        try {
            return ldap.search(username).stream().map(LdapUserView::of).toList();
        } catch (LdapSettingsException e) {
            throw HarborException.badRequest(e.getMessage());
        }
    }

    @POST
    @Path("/users/import")
    public Response importUsers(LdapImportRequest req) {
        sysadmin();
        if (req == null || req.ldapUidList() == null || req.ldapUidList().isEmpty()) {
            throw HarborException.badRequest("ldap_uid_list is required");
        }
        List<String> missing = new ArrayList<>();
        for (String uid : req.ldapUidList()) {
            Optional<LdapUser> user;
            try {
                user = ldap.lookup(uid);
            } catch (LdapSettingsException e) {
                throw HarborException.badRequest(e.getMessage());
            }
            if (user.isEmpty() || onboarding.onboard(user.get()).isEmpty()) {
                missing.add(uid);
            }
        }
        if (!missing.isEmpty()) {
            throw HarborException.notFound("ldap users not found: " + String.join(", ", missing));
        }
        return Response.ok().build();
    }

    private LdapSettings settings(LdapConfRequest r) {
        LdapSettings.Builder b = ldap.configuredSettings().map(LdapSettings::toBuilder).orElseGet(LdapSettings::builder);
        if (r.ldapUrl() != null) {
            b.url(r.ldapUrl());
        }
        if (r.ldapSearchDn() != null) {
            b.searchDn(r.ldapSearchDn());
        }
        if (r.ldapSearchPassword() != null && !r.ldapSearchPassword().isEmpty()) {
            b.searchPassword(r.ldapSearchPassword());
        }
        if (r.ldapBaseDn() != null) {
            b.baseDn(r.ldapBaseDn());
        }
        if (r.ldapFilter() != null) {
            b.filter(r.ldapFilter());
        }
        if (r.ldapUid() != null && !r.ldapUid().isBlank()) {
            b.uid(r.ldapUid());
        }
        if (r.ldapScope() != null) {
            b.scope(r.ldapScope());
        }
        if (r.ldapConnectionTimeout() != null) {
            b.timeoutSeconds(r.ldapConnectionTimeout());
        }
        if (r.ldapVerifyCert() != null) {
            b.verifyCert(r.ldapVerifyCert());
        }
        try {
            return b.build();
        } catch (LdapSettingsException e) {
            throw HarborException.badRequest(e.getMessage());
        }
    }

    private void sysadmin() {
        Principal caller = callers.resolve(headers, request);
        if (caller.anonymous()) {
            throw HarborException.unauthorized("authentication required");
        }
        if (!caller.sysadmin()) {
            throw HarborException.forbidden("only a system administrator may do this");
        }
    }
}
