package io.berth.auth.settings;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** ui-service pushes the effective account settings here (the internal secret is checked by a filter). */
@Path(InternalApi.SETTINGS)
public class SettingsResource {

    private final AppliedSettings settings;

    public SettingsResource(AppliedSettings settings) {
        this.settings = settings;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(AccountSettings pushed) {
        if (pushed == null || pushed.tokenExpirationMinutes() < 1
                || pushed.authMode() != null && !AccountSettings.AUTH_MODES.contains(pushed.authMode())) {
            throw HarborException.badRequest("invalid settings");
        }
        settings.replace(pushed);
        return Response.noContent().build();
    }
}
