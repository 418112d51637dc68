package io.berth.auth.ldap;

/**
 * Which login names may be sent to the directory at all. Escaping makes any name safe in a
 * filter or DN; this check additionally refuses names that LDAP matching would fold into
 * another user's (surrounding spaces) or that no real account carries (control characters).
 */
final class LdapNames {

    static final int MAX_LENGTH = 255;

    private LdapNames() {
    }

    static boolean acceptable(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        if (!name.equals(name.strip())) {
            return false;
        }
        return name.codePoints().noneMatch(Character::isISOControl);
    }
}
