package io.berth.ui.security;

import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Which family a request belongs to: the public API or the internal one. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(ContainerRequestContext request) {
        return path(request).startsWith("/api/");
    }

    static boolean isInternal(ContainerRequestContext request) {
        return path(request).startsWith(InternalApi.PREFIX + "/");
    }

    private static String path(ContainerRequestContext request) {
        String p = request.getUriInfo().getPath();
        return p.startsWith("/") ? p : "/" + p;
    }
}
