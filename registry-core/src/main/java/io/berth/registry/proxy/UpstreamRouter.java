package io.berth.registry.proxy;

import java.util.Optional;

/**
 * Which upstream, if any, a local repository is a cache of: the registry-wide mirror
 * ({@code proxy.remoteurl}) or a proxy-cache project's own registry. Empty = no proxying.
 */
public interface UpstreamRouter {

    Optional<UpstreamRoute> route(String repository);
}
