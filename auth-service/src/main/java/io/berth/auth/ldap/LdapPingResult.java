package io.berth.auth.ldap;

/** Outcome of testing a set of LDAP settings, shaped like Harbor's ping answer. */
public record LdapPingResult(boolean success, String message) {

    static LdapPingResult ok() {
        return new LdapPingResult(true, "");
    }

    static LdapPingResult failed(String message) {
        return new LdapPingResult(false, message);
    }
}
