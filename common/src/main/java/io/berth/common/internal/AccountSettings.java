package io.berth.common.internal;

import java.util.Map;
import java.util.Set;

/**
 * The system settings auth-service applies but ui-service owns (a system admin changes them with
 * {@code PUT /api/v2.0/configurations}): ui-service pushes them to auth-service's
 * {@link InternalApi#SETTINGS} when they change, and auth-service keeps them.
 *
 * @param authMode the effective {@code auth_mode}; null from a push that does not say
 * @param ldap     only the {@code ldap_*} items a system admin stored, by Harbor name (values as
 *                text, the search password in the clear: this travels only on the internal API);
 *                harbor.cfg's values apply to every item not in it
 */
public record AccountSettings(boolean selfRegistration, int tokenExpirationMinutes, String authMode,
        Map<String, String> ldap) {

    /** Harbor's {@code auth_mode} values: accounts kept by Berth, or found in a directory. */
    public static final String DB_AUTH = "db_auth";
    public static final String LDAP_AUTH = "ldap_auth";
    public static final Set<String> AUTH_MODES = Set.of(DB_AUTH, LDAP_AUTH);

    public AccountSettings {
        ldap = ldap == null ? Map.of() : Map.copyOf(ldap);
    }

    public boolean ldapAuth(String configuredMode) {
        return LDAP_AUTH.equals(authMode == null ? configuredMode : authMode);
    }
}
