package io.berth.ui.settings;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.AccountSettings;
import io.berth.ui.config.UiConfig;
import io.berth.ui.security.SecretSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The effective system settings: what a system admin stored, else the configured default. Read
 * from the database on every call, so a change takes effect at once for every request.
 */
@ApplicationScoped
public class SystemSettings {

    /** Harbor's first user, created at install; the only one who may exist before auth_mode is fixed. */
    static final long ADMIN_USER_ID = 1L;

    private final SettingRepository settings;
    private final OtherUsers otherUsers;
    private final UiConfig config;
    private final SecretSeal seal;
    private final Event<SettingsChanged> changed;

    public SystemSettings(SettingRepository settings, OtherUsers otherUsers, UiConfig config, SecretSeal seal,
            Event<SettingsChanged> changed) {
        this.settings = settings;
        this.seal = seal;
        this.otherUsers = otherUsers;
        this.changed = changed;
        this.config = config;
    }

    @Transactional
    public String value(SettingKey key) {
        SettingEntity stored = settings.findById(key.apiName());
        return stored == null ? key.fallback(config) : stored.value;
    }

    public boolean adminOnlyProjectCreation() {
        return "adminonly".equals(value(SettingKey.PROJECT_CREATION_RESTRICTION));
    }

    public boolean selfRegistration() {
        return Boolean.parseBoolean(value(SettingKey.SELF_REGISTRATION));
    }

    /** The effective auth_mode. */
    public String authMode() {
        return value(SettingKey.AUTH_MODE);
    }

    /** Whether accounts are Berth's own (db_auth): passwords are changed and accounts created here. */
    public boolean dbAuth() {
        return AccountSettings.DB_AUTH.equals(authMode());
    }

    /** What auth-service applies, as {@link AuthSettingsSync} pushes it. */
    @Transactional
    public AccountSettings forAuthService() {
        return new AccountSettings(selfRegistration(), Integer.parseInt(value(SettingKey.TOKEN_EXPIRATION)),
                authMode(), storedLdap());
    }

    /**
     * The ldap_* items a system admin stored, as text by Harbor name, the search password opened:
     * auth-service applies them over harbor.cfg's values.
     */
    @Transactional
    public Map<String, String> storedLdap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingEntity s : settings.listAll()) {
            if (s.name.startsWith("ldap_")) {
                SettingKey key = SettingKey.byApiName(s.name);
                out.put(s.name, key.type() == SettingKey.Type.PASSWORD ? seal.open(s.value) : s.value);
            }
        }
        return out;
    }

    /** Every effective value, typed as the API returns it. */
    @Transactional
    public Map<SettingKey, Object> all() {
        Map<String, String> stored = new LinkedHashMap<>();
        settings.listAll().forEach(s -> stored.put(s.name, s.value));
        Map<SettingKey, Object> out = new EnumMap<>(SettingKey.class);
        for (SettingKey k : SettingKey.values()) {
            out.put(k, k.typed(stored.getOrDefault(k.apiName(), k.fallback(config))));
        }
        return out;
    }

    /**
     * Whether auth_mode may still change. auth-service tells no user count over its internal API,
     * so the rule is ui-service's own view: no project member or owner other than admin yet.
     */
    @Transactional
    public boolean authModeEditable() {
        return !otherUsers.exist(ADMIN_USER_ID);
    }

    /** Validates every value first, then stores them all; nothing is stored when one is refused. */
    @Transactional
    public void update(Map<String, Object> changes) {
        if (changes == null || changes.isEmpty()) {
            throw HarborException.badRequest("no configuration items given");
        }
        Map<SettingKey, String> normalized = new EnumMap<>(SettingKey.class);
        changes.forEach((name, v) -> {
            SettingKey key = SettingKey.byApiName(name);
            normalized.put(key, key.normalize(v));
        });
        String mode = normalized.get(SettingKey.AUTH_MODE);
        if (mode != null && !mode.equals(value(SettingKey.AUTH_MODE)) && !authModeEditable()) {
            throw HarborException.badRequest("auth_mode cannot change once users other than admin exist");
        }
        Instant now = Instant.now();
        normalized.replaceAll((key, v) -> key.type() == SettingKey.Type.PASSWORD ? seal.seal(v) : v);
        normalized.forEach((key, v) -> {
            SettingEntity s = settings.findById(key.apiName());
            if (s == null) {
                s = new SettingEntity();
                s.name = key.apiName();
                s.value = v;
                s.updateTime = now;
                settings.persist(s);
            } else {
                s.value = v;
                s.updateTime = now;
            }
        });
        changed.fire(new SettingsChanged());
    }
}
