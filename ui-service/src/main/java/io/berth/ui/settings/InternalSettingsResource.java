package io.berth.ui.settings;

import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * auth-service reads the effective account settings here (the internal secret is checked by a
 * filter), so a change through {@code /configurations} reaches it without a restart and outlives
 * one: self-registration, token lifetime, auth_mode and the ldap_* items an admin stored.
 */
@Path(InternalApi.SETTINGS)
public class InternalSettingsResource {

    private final SystemSettings settings;

    public InternalSettingsResource(SystemSettings settings) {
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AccountSettings get() {
        return new AccountSettings(settings.selfRegistration(),
                Integer.parseInt(settings.value(SettingKey.TOKEN_EXPIRATION)), settings.authMode(),
                settings.storedLdap());
    }
}
