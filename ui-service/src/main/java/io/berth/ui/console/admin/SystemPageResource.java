package io.berth.ui.console.admin;

import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Views;
import io.berth.ui.health.HealthService;
import io.berth.ui.health.OverallHealth;
import io.berth.ui.settings.SystemSettings;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/system} (system admins): version, the health of every component, what is stored. */
@Path("/admin/system")
@Produces(MediaType.TEXT_HTML)
public class SystemPageResource {

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance system(Chrome page, String authMode, OverallHealth health,
                StorageUse.Totals storage);
    }

    private final Views views;
    private final Guard guard;
    private final HealthService health;
    private final StorageUse storage;
    private final SystemSettings settings;

    public SystemPageResource(Views views, Guard guard, HealthService health, StorageUse storage,
            SystemSettings settings) {
        this.views = views;
        this.guard = guard;
        this.health = health;
        this.storage = storage;
        this.settings = settings;
    }

    @GET
    public TemplateInstance show() {
        guard.sysadmin();
        return views.render(Templates.system(views.chrome("system"), settings.authMode(), health.check(),
                storage.totals()));
    }
}
