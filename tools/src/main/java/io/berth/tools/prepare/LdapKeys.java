package io.berth.tools.prepare;

/**
 * harbor.cfg's ldap_* as service keys, written only in ldap_auth mode (an empty value means not
 * set): auth-service's {@code auth.ldap.*} to sign in with, ui-service's {@code ui.ldap.*} as
 * the defaults {@code /configurations} shows (without the search password, which it never shows).
 */
final class LdapKeys {

    private LdapKeys() {
    }

    static void write(PropertiesFile f, String prefix, Settings s, boolean withPassword) {
        if (!s.authMode().equals("ldap_auth")) {
            return;
        }
        Settings.Ldap l = s.ldap();
        f.section("ldap (auth_mode = ldap_auth)");
        f.put(prefix + "url", l.url());
        f.put(prefix + "search-dn", l.searchDn());
        if (withPassword) {
            f.put(prefix + "search-password", l.searchPassword());
        }
        f.put(prefix + "base-dn", l.baseDn());
        f.put(prefix + "filter", l.filter());
        f.put(prefix + "uid", l.uid());
        f.put(prefix + "scope", l.scope());
        f.put(prefix + "timeout-seconds", l.timeoutSeconds());
        f.put(prefix + "verify-cert", l.verifyCert());
    }
}
