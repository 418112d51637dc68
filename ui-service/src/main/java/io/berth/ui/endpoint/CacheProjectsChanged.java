package io.berth.ui.endpoint;

/** Fired inside a transaction that changed a registry endpoint of cache projects; synced after commit. */
public record CacheProjectsChanged(String reason) {
}
