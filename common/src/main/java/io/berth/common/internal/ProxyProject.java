package io.berth.common.internal;

/**
 * A cache project as ui-service tells registry-core about it ({@link InternalApi#PROXY_PROJECTS}).
 * Pushes into the project are refused. With {@code url} set, pulls of
 * {@code <project>/<path>} fetch {@code <path>} from that upstream; without it the project
 * caches the registry-wide mirror ({@code proxy.remoteurl}) under the same names.
 * {@code dockerHub}: one-level paths get {@code library/} upstream, as Docker Hub names them.
 * {@code sealedPassword} is {@link SealedSecrets} output, never the plain password.
 */
public record ProxyProject(String project, String url, boolean dockerHub, String username, String sealedPassword,
        boolean insecure) {
}
