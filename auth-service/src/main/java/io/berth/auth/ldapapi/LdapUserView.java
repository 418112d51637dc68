package io.berth.auth.ldapapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.berth.auth.ldap.LdapUser;

/** Harbor's {@code LdapUser}: a directory entry found by {@code /ldap/users/search}. */
public record LdapUserView(@JsonProperty("username") String username, @JsonProperty("realname") String realname,
        @JsonProperty("email") String email) {

    static LdapUserView of(LdapUser u) {
        return new LdapUserView(u.username(), nz(u.realName()), nz(u.email()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
