package io.berth.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
 * The path given must already be normalized (dot segments removed). The internal prefix is
 * also checked on the percent-decoded, lower-cased path so that no spelling of it slips through.
 */
@ApplicationScoped
public class RouteTable {

    public Target resolve(String normalizedPath) {
        String path = normalizedPath == null || normalizedPath.isEmpty() ? "/" : normalizedPath;
        if (isInternal(path)) {
            return Target.FORBIDDEN;
        }
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

    private static boolean isInternal(String path) {
        if (underPrefix(path, "/internal")) {
            return true;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            decoded = path;
        }
        String lower = decoded.toLowerCase(Locale.ROOT);
        while (lower.startsWith("//")) {
            lower = lower.substring(1);
        }
        return underPrefix(lower, "/internal");
    }

    private static boolean underPrefix(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
