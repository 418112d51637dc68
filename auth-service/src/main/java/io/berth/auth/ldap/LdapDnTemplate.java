package io.berth.auth.ldap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.directory.api.ldap.model.exception.LdapInvalidDnException;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.api.ldap.model.name.Rdn;

/**
 * The seed walkthrough's form of {@code ldap_basedn}: {@code uid=%s,dc=int32bit,dc=com}. The
 * {@code %s} must be the whole value of the first RDN, so the login name can only ever land in
 * a value position, where it is escaped per RFC 4514 and cannot add or change RDNs.
 */
public record LdapDnTemplate(String attribute, Dn parent) {

    private static final Pattern FORM = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9-]*)\\s*=\\s*%s\\s*,(.+)$");

    public static boolean isTemplate(String baseDn) {
        return baseDn != null && baseDn.contains("%s");
    }

    public static LdapDnTemplate parse(String template) {
        Matcher m = FORM.matcher(template);
        if (!m.matches() || m.group(2).contains("%s")) {
            throw new LdapSettingsException("ldap base dn template must look like uid=%s,dc=example,dc=com");
        }
        try {
            Dn parent = new Dn(m.group(2).trim());
            if (parent.isEmpty()) {
                throw new LdapSettingsException("ldap base dn template needs a parent dn after %s");
            }
            return new LdapDnTemplate(m.group(1), parent);
        } catch (LdapInvalidDnException e) {
            throw new LdapSettingsException("ldap base dn template has an invalid parent dn");
        }
    }

    /** The DN to bind as for {@code name}; the result always has exactly one RDN more than the parent. */
    public Dn dnFor(String name) {
        try {
            Dn dn = new Dn(attribute + "=" + Rdn.escapeValue(name) + "," + parent.getName());
            if (dn.size() != parent.size() + 1 || dn.getRdn().size() != 1) {
                throw new IllegalStateException("escaped dn changed shape");
            }
            return dn;
        } catch (LdapInvalidDnException e) {
            throw new IllegalArgumentException("name cannot form a dn", e);
        }
    }
}
