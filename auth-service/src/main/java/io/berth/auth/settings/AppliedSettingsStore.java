package io.berth.auth.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.SealedSecrets;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the pushed settings in auth-service's own schema, the LDAP search password sealed with
 * the internal secret (see {@link SealedSecrets}). Each call runs in a transaction of its own, so
 * a failed read never spoils the caller's.
 */
@ApplicationScoped
class AppliedSettingsStore implements PanacheRepositoryBase<AppliedSettingsRow, Byte> {

    private static final String SEARCH_PASSWORD = "ldap_search_password";

    private final ObjectMapper json;
    private final SealedSecrets sealed;

    AppliedSettingsStore(ObjectMapper json, InternalSecret secret) {
        this.json = json;
        this.sealed = new SealedSecrets(secret.value());
    }

    Optional<AccountSettings> load() {
        return QuarkusTransaction.requiringNew().call(() -> findByIdOptional(AppliedSettingsRow.ID))
                .map(row -> read(row.settings));
    }

    void save(AccountSettings settings) {
        String text = write(settings);
        QuarkusTransaction.requiringNew().run(() -> {
            AppliedSettingsRow row = findById(AppliedSettingsRow.ID);
            if (row == null) {
                row = new AppliedSettingsRow();
                row.id = AppliedSettingsRow.ID;
                row.settings = text;
                row.updateTime = Instant.now();
                persist(row);
            } else {
                row.settings = text;
                row.updateTime = Instant.now();
            }
        });
    }

    private String write(AccountSettings s) {
        Map<String, String> ldap = new HashMap<>(s.ldap());
        ldap.computeIfPresent(SEARCH_PASSWORD, (k, v) -> sealed.seal(v));
        try {
            return json.writeValueAsString(new AccountSettings(s.selfRegistration(), s.tokenExpirationMinutes(),
                    s.authMode(), ldap));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("failed to write settings", e);
        }
    }

    private AccountSettings read(String text) {
        try {
            AccountSettings s = json.readValue(text, AccountSettings.class);
            Map<String, String> ldap = new HashMap<>(s.ldap());
            ldap.computeIfPresent(SEARCH_PASSWORD, (k, v) -> sealed.open(v));
            return new AccountSettings(s.selfRegistration(), s.tokenExpirationMinutes(), s.authMode(), ldap);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings are unreadable", e);
        }
    }
}
