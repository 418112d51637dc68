package io.berth.auth.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.auth.account.PasswordRequest;
import io.berth.auth.account.SysAdminFlagRequest;
import io.berth.auth.account.UserSearchView;
import io.berth.auth.account.UserView;
import io.berth.auth.ldapapi.LdapConfRequest;
import io.berth.auth.ldapapi.LdapImportRequest;
import io.berth.auth.token.TokenView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON names auth-service reads and writes are the ones Harbor's API v2.0 swagger and the Docker
 * token spec define. The records state the snake_case convention once, with {@code @JsonNaming}; these
 * cases pin each multi-word name to its wire spelling, in both directions.
 */
class HarborJsonNamesTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void viewsAreWrittenWithHarborNames() {
        assertEquals(Set.of("user_id", "username", "email", "realname", "comment", "sysadmin_flag",
                "admin_role_in_auth", "creation_time", "update_time"),
                keys(new UserView(1, "u", "e", "r", "c", true, false, null, null)));
        assertEquals(Set.of("user_id", "username"), keys(new UserSearchView(1, "u")));
        assertEquals(Set.of("token", "access_token", "expires_in", "issued_at"),
                keys(new TokenView("t", "t", 1800, "2026-01-01T00:00:00Z")));
    }

    @Test
    void requestsAreReadByHarborNames() throws Exception {
        PasswordRequest password = json.readValue("{\"old_password\":\"a\",\"new_password\":\"b\"}",
                PasswordRequest.class);
        assertEquals(List.of("a", "b"), List.of(password.oldPassword(), password.newPassword()));

        assertEquals(Boolean.TRUE, json.readValue("{\"sysadmin_flag\":true}", SysAdminFlagRequest.class)
                .sysadminFlag());
        assertEquals(List.of("x", "y"), json.readValue("{\"ldap_uid_list\":[\"x\",\"y\"]}",
                LdapImportRequest.class).ldapUidList());

        LdapConfRequest conf = json.readValue("""
                {"ldap_url":"ldap://d","ldap_search_dn":"cn=s","ldap_search_password":"p",
                 "ldap_base_dn":"dc=b","ldap_filter":"(f)","ldap_uid":"uid","ldap_scope":2,
                 "ldap_connection_timeout":5,"ldap_verify_cert":false}""", LdapConfRequest.class);
        assertEquals(new LdapConfRequest("ldap://d", "cn=s", "p", "dc=b", "(f)", "uid", 2, 5, false), conf);
    }

    private Set<String> keys(Object view) {
        return json.convertValue(view, new TypeReference<Map<String, Object>>() { }).keySet();
    }
}
