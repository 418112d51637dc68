package io.berth.auth.ldapapi;

import io.berth.auth.ldap.LdapUser;

/** Harbor's {@code LdapUser}: a directory entry found by {@code /ldap/users/search}. */
public record LdapUserView(String username, String realname, String email) {

    static LdapUserView of(LdapUser u) {
        return new LdapUserView(u.username(), nz(u.realName()), nz(u.email()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
