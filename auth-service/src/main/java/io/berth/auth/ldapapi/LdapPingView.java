package io.berth.auth.ldapapi;

/** Harbor's answer to {@code POST /ldap/ping}. */
public record LdapPingView(boolean success, String message) {
}
