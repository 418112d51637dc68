package io.berth.ui.security;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Whether a request is a call of the public REST API (the internal one is common's InternalSecretFilter's). */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(ContainerRequestContext request) {
        return path(request).startsWith("/api/");
    }

    private static String path(ContainerRequestContext request) {
        String p = request.getUriInfo().getPath();
        return p.startsWith("/") ? p : "/" + p;
    }
}
