package io.berth.ui.endpoint;

/** Fired inside a transaction that changed a cache project or its registry; synced after commit. */
public record CacheProjectsChanged(String reason) {
}
