package io.berth.ui.console.web;

import io.berth.common.internal.InternalApi;

/**
 * Which request paths are the web console's: everything ui-service serves that is not the REST
 * API, the internal API, Quarkus' own endpoints or a static asset.
 */
public final class ConsolePaths {

    private ConsolePaths() {
    }

    public static boolean isConsole(String path) {
        String p = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        return !(under(p, "/api") || under(p, InternalApi.PREFIX) || under(p, "/internal") || under(p, "/q")
                || under(p, "/static") || under(p, "/webjars"));
    }

    /**
     * A local path to send the browser back to after signing in or switching the language:
     * only a path on this site ({@code /x}, never {@code //host} or {@code /\host}), else {@code /}.
     */
    public static String safeLocal(String next) {
        if (next == null || next.isEmpty() || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.length() > 2000
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            java.net.URI.create(next);
        } catch (IllegalArgumentException e) {
            return "/";
        }
        return next;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
