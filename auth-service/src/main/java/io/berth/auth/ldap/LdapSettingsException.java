package io.berth.auth.ldap;

/** A set of LDAP settings that cannot work (bad URL, scope, template or filter). */
public class LdapSettingsException extends IllegalArgumentException {

    public LdapSettingsException(String message) {
        super(message);
    }
}
