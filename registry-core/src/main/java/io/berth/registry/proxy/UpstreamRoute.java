package io.berth.registry.proxy;

/** The upstream serving one local repository, and that repository's name as the client should ask for it. */
public record UpstreamRoute(UpstreamClient client, String remoteName) {
}
