package io.berth.auth.settings;

import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** ui-service's effective account settings; used only through {@link SystemSettingsClient}. */
@Path(InternalApi.SETTINGS)
interface SettingsRestClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    AccountSettings get(@HeaderParam(InternalApi.SECRET_HEADER) String secret);
}
