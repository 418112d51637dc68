package io.berth.ui.console.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.berth.common.harbor.HarborException;
import io.berth.ui.console.identity.Identity;
import io.berth.ui.console.identity.IdentityRefusal;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Views;
import io.berth.ui.settings.SettingKey;
import io.berth.ui.settings.SystemSettings;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /admin/configuration} (system admins): authentication mode, LDAP settings with a
 * connection test, self-registration, token expiration and who may create projects. The LDAP
 * search password is write-only: the form never shows it, and an empty field keeps it.
 */
@Path("/admin/configuration")
@Produces(MediaType.TEXT_HTML)
public class ConfigurationPageResource {

    /** The form's values: what is stored, or what the admin typed when it was refused. */
    public record Form(String authMode, boolean authModeEditable, boolean selfRegistration, long tokenExpiration,
            String projectCreationRestriction, String ldapUrl, String ldapSearchDn, String ldapBaseDn,
            String ldapFilter, String ldapUid, long ldapScope, long ldapTimeout, boolean ldapVerifyCert) {
    }

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance configuration(Chrome page, Form form, String error, String detail);
    }

    private final Views views;
    private final Guard guard;
    private final SystemSettings settings;
    private final Identity identity;
    private final ObjectMapper json;

    public ConfigurationPageResource(Views views, Guard guard, SystemSettings settings, Identity identity,
            ObjectMapper json) {
        this.views = views;
        this.guard = guard;
        this.settings = settings;
        this.identity = identity;
        this.json = json;
    }

    @GET
    public TemplateInstance show() {
        guard.sysadmin();
        return page(stored(), null, null);
    }

    @POST
    public Response save(@FormParam("auth_mode") String authMode, @FormParam("self_registration") boolean selfReg,
            @FormParam("token_expiration") String tokenExpiration,
            @FormParam("project_creation_restriction") String restriction, @FormParam("ldap_url") String ldapUrl,
            @FormParam("ldap_search_dn") String searchDn, @FormParam("ldap_search_password") String searchPassword,
            @FormParam("ldap_base_dn") String baseDn, @FormParam("ldap_filter") String filter,
            @FormParam("ldap_uid") String uid, @FormParam("ldap_scope") String scope,
            @FormParam("ldap_timeout") String timeout, @FormParam("ldap_verify_cert") boolean verifyCert) {
        guard.sysadmin();
        Form typed = new Form(trim(authMode), settings.authModeEditable(), selfReg, number(tokenExpiration),
                trim(restriction), trim(ldapUrl), trim(searchDn), trim(baseDn), trim(filter), trim(uid),
                number(scope), number(timeout), verifyCert);
        // only what differs from the effective value is stored: a default left alone stays a default
        Form now = stored();
        Map<String, Object> changes = new LinkedHashMap<>();
        change(changes, SettingKey.AUTH_MODE, now.authMode(), authMode == null ? null : typed.authMode());
        change(changes, SettingKey.SELF_REGISTRATION, now.selfRegistration(), selfReg);
        change(changes, SettingKey.TOKEN_EXPIRATION, now.tokenExpiration(),
                tokenExpiration == null ? null : typed.tokenExpiration());
        change(changes, SettingKey.PROJECT_CREATION_RESTRICTION, now.projectCreationRestriction(),
                restriction == null ? null : typed.projectCreationRestriction());
        change(changes, SettingKey.LDAP_URL, now.ldapUrl(), ldapUrl == null ? null : typed.ldapUrl());
        change(changes, SettingKey.LDAP_SEARCH_DN, now.ldapSearchDn(), searchDn == null ? null : typed.ldapSearchDn());
        change(changes, SettingKey.LDAP_BASE_DN, now.ldapBaseDn(), baseDn == null ? null : typed.ldapBaseDn());
        change(changes, SettingKey.LDAP_FILTER, now.ldapFilter(), filter == null ? null : typed.ldapFilter());
        change(changes, SettingKey.LDAP_UID, now.ldapUid(), uid == null ? null : typed.ldapUid());
        change(changes, SettingKey.LDAP_SCOPE, now.ldapScope(), scope == null ? null : typed.ldapScope());
        change(changes, SettingKey.LDAP_TIMEOUT, now.ldapTimeout(), timeout == null ? null : typed.ldapTimeout());
        change(changes, SettingKey.LDAP_VERIFY_CERT, now.ldapVerifyCert(), verifyCert);
        if (searchPassword != null && !searchPassword.isEmpty()) {
            changes.put(SettingKey.LDAP_SEARCH_PASSWORD.apiName(), searchPassword);
        }
        try {
            if (!changes.isEmpty()) {
                settings.update(changes);
            }
        } catch (HarborException e) {
            return Response.status(400).entity(page(typed, "error_settings_invalid", e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/configuration?done=done_settings_saved")).build();
    }

    /** "Test LDAP server" (htmx): the typed settings; an empty password means the stored one. */
    @POST
    @Path("ldap-test")
    public TemplateInstance testLdap(@FormParam("ldap_url") String ldapUrl,
            @FormParam("ldap_search_dn") String searchDn, @FormParam("ldap_search_password") String searchPassword,
            @FormParam("ldap_base_dn") String baseDn, @FormParam("ldap_filter") String filter,
            @FormParam("ldap_uid") String uid, @FormParam("ldap_scope") String scope,
            @FormParam("ldap_timeout") String timeout, @FormParam("ldap_verify_cert") boolean verifyCert) {
        guard.sysadmin();
        ObjectNode conf = json.createObjectNode().put("ldap_url", trim(ldapUrl)).put("ldap_search_dn", trim(searchDn))
                .put("ldap_base_dn", trim(baseDn)).put("ldap_filter", trim(filter)).put("ldap_uid", trim(uid))
                .put("ldap_scope", number(scope)).put("ldap_connection_timeout", number(timeout))
                .put("ldap_verify_cert", verifyCert);
        if (searchPassword != null && !searchPassword.isEmpty()) {
            conf.put("ldap_search_password", searchPassword);
        }
        try {
            Identity.Ping ping = identity.ldapPing(conf);
            return views.render(TestResult.testresult(ping.success(), ping.message()));
        } catch (IdentityRefusal r) {
            return views.render(TestResult.testresult(false, r.getMessage()));
        }
    }

    /** Adds the typed value when the form sent one and it differs from the effective one. */
    private static void change(Map<String, Object> changes, SettingKey key, Object current, Object typed) {
        if (typed != null && !typed.equals(current)) {
            changes.put(key.apiName(), typed);
        }
    }

    private Form stored() {
        Map<SettingKey, Object> all = settings.all();
        return new Form(text(all, SettingKey.AUTH_MODE), settings.authModeEditable(),
                Boolean.TRUE.equals(all.get(SettingKey.SELF_REGISTRATION)), num(all, SettingKey.TOKEN_EXPIRATION),
                text(all, SettingKey.PROJECT_CREATION_RESTRICTION), text(all, SettingKey.LDAP_URL),
                text(all, SettingKey.LDAP_SEARCH_DN), text(all, SettingKey.LDAP_BASE_DN),
                text(all, SettingKey.LDAP_FILTER), text(all, SettingKey.LDAP_UID), num(all, SettingKey.LDAP_SCOPE),
                num(all, SettingKey.LDAP_TIMEOUT), Boolean.TRUE.equals(all.get(SettingKey.LDAP_VERIFY_CERT)));
    }

    private TemplateInstance page(Form form, String error, String detail) {
        return views.render(Templates.configuration(views.chrome("configuration"), form, error, detail));
    }

    private static String text(Map<SettingKey, Object> all, SettingKey key) {
        Object v = all.get(key);
        return v == null ? "" : v.toString();
    }

    private static long num(Map<SettingKey, Object> all, SettingKey key) {
        Object v = all.get(key);
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** A typed number; anything else is 0, which the settings refuse with their own message. */
    private static long number(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
