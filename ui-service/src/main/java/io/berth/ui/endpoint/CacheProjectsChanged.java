package io.berth.ui.endpoint;

<<<<<<< HEAD
/** Fired inside a transaction that changed a registry endpoint of cache projects; synced after commit. */
public record CacheProjectsChanged(String reason) {
=======
/**
 * Fired inside a transaction that changed a cache project or its registry; synced after commit.
 * {@code inBackground}: the change was made inside another service's request (a token request
 * creating a mirror project), which must not wait for registry-core: the table is sent from the
 * sync's own thread. Otherwise the admin's call answers once registry-core has the table.
 */
public record CacheProjectsChanged(String reason, boolean inBackground) {

    public CacheProjectsChanged(String reason) {
        this(reason, false);
    }
>>>>>>> auth
}
