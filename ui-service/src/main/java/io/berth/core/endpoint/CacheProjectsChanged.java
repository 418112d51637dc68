package io.berth.core.endpoint;

/** Fired inside a transaction that changed a cache project or its registry; synced after commit. */
public record CacheProjectsChanged(String reason) {
}
