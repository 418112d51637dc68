package io.berth.ui.settings;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.AccountSettings;
import io.berth.ui.config.UiConfig;
import java.util.Set;
import java.util.function.Function;

/**
 * The settings a system admin may read and change through {@code /api/v2.0/configurations}: each
 * with its Harbor name, its value type, its default (from the configuration prepare wrote) and
 * its validation. Values are stored as text and returned typed.
 */
public enum SettingKey {
    AUTH_MODE("auth_mode", Type.STRING, c -> c.authMode(), AccountSettings.AUTH_MODES),
    SELF_REGISTRATION("self_registration", Type.BOOLEAN, c -> String.valueOf(c.selfRegistration()), null),
    PROJECT_CREATION_RESTRICTION("project_creation_restriction", Type.STRING,
            c -> c.adminOnlyProjectCreation() ? "adminonly" : "everyone", Set.of("everyone", "adminonly")),
    TOKEN_EXPIRATION("token_expiration", Type.INTEGER, c -> String.valueOf(c.tokenExpirationMinutes()), null),
    LDAP_URL("ldap_url", Type.STRING, c -> c.ldap().url().orElse(""), null),
    LDAP_BASE_DN("ldap_base_dn", Type.STRING, c -> c.ldap().baseDn().orElse(""), null),
    LDAP_SEARCH_DN("ldap_search_dn", Type.STRING, c -> c.ldap().searchDn().orElse(""), null),
    /** Its default stays harbor.cfg's, which only auth-service knows. */
    LDAP_SEARCH_PASSWORD("ldap_search_password", Type.PASSWORD, c -> "", null),
    LDAP_FILTER("ldap_filter", Type.STRING, c -> c.ldap().filter().orElse(""), null),
    LDAP_UID("ldap_uid", Type.STRING, c -> c.ldap().uid(), null),
    LDAP_SCOPE("ldap_scope", Type.INTEGER, c -> String.valueOf(c.ldap().scope()), null),
    LDAP_TIMEOUT("ldap_timeout", Type.INTEGER, c -> String.valueOf(c.ldap().timeoutSeconds()), null),
    LDAP_VERIFY_CERT("ldap_verify_cert", Type.BOOLEAN, c -> String.valueOf(c.ldap().verifyCert()), null);

    /** How a value is written in JSON; a password is never returned. */
    public enum Type { STRING, BOOLEAN, INTEGER, PASSWORD }

    private final String apiName;
    private final Type type;
    private final Function<UiConfig, String> fallback;
    private final Set<String> allowed;

    SettingKey(String apiName, Type type, Function<UiConfig, String> fallback, Set<String> allowed) {
        this.apiName = apiName;
        this.type = type;
        this.fallback = fallback;
        this.allowed = allowed;
    }

    public String apiName() {
        return apiName;
    }

    public Type type() {
        return type;
    }

    String fallback(UiConfig config) {
        return fallback.apply(config);
    }

    public static SettingKey byApiName(String name) {
        for (SettingKey k : values()) {
            if (k.apiName.equals(name)) {
                return k;
            }
        }
        throw HarborException.badRequest("unknown configuration item: " + name);
    }

    /** The value as it is stored, or 400 when the JSON value does not fit this key. */
    String normalize(Object value) {
        if (value == null) {
            throw HarborException.badRequest(apiName + " must not be null");
        }
        return switch (type) {
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw HarborException.badRequest(apiName + " must be true or false");
                }
                yield value.toString();
            }
            case INTEGER -> integer(value);
            case STRING, PASSWORD -> {
                if (!(value instanceof String s)) {
                    throw HarborException.badRequest(apiName + " must be a string");
                }
                if (allowed != null && !allowed.contains(s)) {
                    throw HarborException.badRequest(apiName + " must be one of " + allowed);
                }
                if (this == LDAP_URL && !s.isEmpty() && !s.matches("(?i)(ldaps?|ldap\\+starttls)://\\S+")) {
                    throw HarborException.badRequest("ldap_url must start with ldap://, ldaps:// or ldap+starttls://");
                }
                if (s.length() > 2048) {
                    throw HarborException.badRequest(apiName + " is too long");
                }
                yield s;
            }
        };
    }

    private String integer(Object value) {
        if (!(value instanceof Integer || value instanceof Long)) {
            throw HarborException.badRequest(apiName + " must be an integer");
        }
        long n = ((Number) value).longValue();
        boolean ok = switch (this) {
            case LDAP_SCOPE -> n >= 0 && n <= 2;
            case TOKEN_EXPIRATION -> n >= 1 && n <= 525_600;
            default -> n >= 1 && n <= 3600;
        };
        if (!ok) {
            throw HarborException.badRequest(apiName + " is out of range");
        }
        return Long.toString(n);
    }

    /** The stored text as its JSON value. */
    Object typed(String stored) {
        return switch (type) {
            case BOOLEAN -> Boolean.parseBoolean(stored);
            case INTEGER -> Long.parseLong(stored);
            case STRING, PASSWORD -> stored;
        };
    }
}
