package io.berth.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses the upstream for a request path, as nginx does in Harbor:
 * <pre>
 *   /v2, /v2/*                           registry-core
 *   /service/token, /c/*,
 *   /api/v2.0/users, /api/v2.0/users/*,
 *   /api/v2.0/ldap, /api/v2.0/ldap/*     auth-service
 *   /internal, /internal/*               404, never forwarded
 *   /q/*                                 the gateway itself
 *   anything else                        ui-service
 * </pre>
 * The path given is Vert.x' normalized one (unreserved characters decoded, dot segments
 * removed). Routes are chosen on it without matrix parameters, as RESTEasy reads it
 * ({@code /c;x/login} is {@code /c/login} to auth-service). Whether a path is internal is decided
 * on the most lenient reading any upstream could make of it ({@link PathReading#lenient}), so
 * that no spelling of {@code /internal} is forwarded.
 */
@ApplicationScoped
public class RouteTable {

    public Target resolve(String normalizedPath) {
        String raw = normalizedPath == null || normalizedPath.isEmpty() ? "/" : normalizedPath;
        if (internal(raw)) {
            return Target.FORBIDDEN;
        }
        String path = PathReading.withoutMatrixParameters(raw);
        if (underPrefix(path, "/q")) {
            return Target.LOCAL;
        }
        if (underPrefix(path, "/v2")) {
            return Target.REGISTRY;
        }
        if (path.equals("/service/token") || path.startsWith("/c/")
                || underPrefix(path, "/api/v2.0/users") || underPrefix(path, "/api/v2.0/ldap")) {
            return Target.AUTH;
        }
        return Target.UI;
    }

    private static boolean internal(String path) {
        if (PathReading.plain(path)) {
            return path.regionMatches(true, 0, "/internal", 0, 9) && (path.length() == 9 || path.charAt(9) == '/');
        }
        return underPrefix(PathReading.lenient(path), "/internal");
    }

    private static boolean underPrefix(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
