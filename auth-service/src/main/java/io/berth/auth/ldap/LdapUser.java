package io.berth.auth.ldap;

/**
 * A directory user as the account code onboards it.
 *
 * @param username the uid as the directory spells it (falls back to the login name)
 * @param email    from {@code mail}, empty when the entry has none
 * @param realName from {@code cn}, empty when the entry has none
 * @param dn       the entry's distinguished name
 */
public record LdapUser(String username, String email, String realName, String dn) {
}
