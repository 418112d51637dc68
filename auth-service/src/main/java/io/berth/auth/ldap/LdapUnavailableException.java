package io.berth.auth.ldap;

/**
 * The directory could not answer: unreachable, timed out, TLS refused, or the search account
 * rejected. Distinct from a refused login, which is an empty result, never this exception.
 */
public class LdapUnavailableException extends RuntimeException {

    public LdapUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public LdapUnavailableException(String message) {
        super(message);
    }
}
