package io.berth.auth.authn;

import io.berth.common.internal.Principal;
import java.util.Optional;

/**
 * One source of accounts that can check a user name and password (the database now, LDAP
 * later). {@link CredentialChecker} asks every enabled one in {@link #order()}, lowest first.
 */
public interface Authenticator {

    /** The principal when the password is right; empty when wrong or the user is unknown here. */
    Optional<Principal> authenticate(String username, String password);

    /** Whether this source is in use for the configured {@code auth.mode}. */
    boolean enabled();

    int order();
}
