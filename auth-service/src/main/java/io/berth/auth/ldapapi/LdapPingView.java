package io.berth.auth.ldapapi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Harbor's answer to {@code POST /ldap/ping}. */
public record LdapPingView(@JsonProperty("success") boolean success, @JsonProperty("message") String message) {
}
