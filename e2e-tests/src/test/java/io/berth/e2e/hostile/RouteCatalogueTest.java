package io.berth.e2e.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.e2e.support.LocalSuite;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The bad-input suite's catalogue is exactly what the services register: a new route cannot escape it. */
class RouteCatalogueTest {

    @Test
    void theCatalogueHoldsEveryRouteTheServicesRegisterAndNoOther() throws Exception {
        TreeSet<String> registered = RegisteredRoutes.of(LocalSuite.root());
        TreeSet<String> catalogued = new TreeSet<>();
        for (Route r : RouteCatalogue.all()) {
            catalogued.add(r.method() + " " + RegisteredRoutes.normalize(r.template()));
        }
        TreeSet<String> missing = new TreeSet<>(registered);
        missing.removeAll(catalogued);
        TreeSet<String> stale = new TreeSet<>(catalogued);
        stale.removeAll(registered);
        assertEquals(new TreeSet<>(), missing, "routes the services register that RouteCatalogue lacks");
        assertEquals(new TreeSet<>(), stale, "routes in RouteCatalogue that no service registers");
    }

    @Test
    void theScanFindsEachServicesRoutes() throws Exception {
        TreeSet<String> registered = RegisteredRoutes.of(LocalSuite.root());
        // one route each of registry-core, auth-service and ui-service, as a guard against a scan that reads nothing
        for (String r : new String[] {"PATCH /v2/{}/blobs/uploads/{}", "GET /service/token", "POST /c/login",
                "PUT /api/v2.0/users/{}/sysadmin", "GET /api/v2.0/system/gc/schedule", "DELETE /api/v2.0/projects/{}"}) {
            assertTrue(registered.contains(r), r + " in " + registered);
        }
    }
}
