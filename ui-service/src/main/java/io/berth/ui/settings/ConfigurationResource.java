package io.berth.ui.settings;

import io.berth.common.harbor.HarborException;
import io.berth.ui.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v2.0/configurations} for system admins, in Harbor's shape: GET answers
 * {@code {"key":{"value":..,"editable":..}}} (passwords left out), PUT takes flat {@code {"key":value}}.
 */
@Path("/api/v2.0/configurations")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationResource {

    public record Item(Object value, boolean editable) {
    }

    private final SystemSettings settings;
    private final Caller caller;

    public ConfigurationResource(SystemSettings settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    public Map<String, Item> get() {
        requireSysadmin();
        boolean authModeEditable = settings.authModeEditable();
        Map<String, Item> out = new LinkedHashMap<>();
        settings.all().forEach((key, value) -> {
            if (key.type() != SettingKey.Type.PASSWORD) {
                out.put(key.apiName(), new Item(value, key != SettingKey.AUTH_MODE || authModeEditable));
            }
        });
        return out;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(Map<String, Object> changes) {
        requireSysadmin();
        settings.update(changes);
        return Response.ok().build();
    }

    private void requireSysadmin() {
        caller.requireUser();
        if (!caller.sysadmin()) {
            throw HarborException.forbidden();
        }
    }
}
