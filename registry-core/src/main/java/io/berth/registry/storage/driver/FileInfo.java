package io.berth.registry.storage.driver;

import java.time.Instant;

/** What {@link StorageDriver#stat} knows about a path. */
public record FileInfo(String path, long size, Instant modTime, boolean directory) {
}
