package io.berth.registry.gc;

import java.util.List;

/** What a garbage collection freed, or with {@code dryRun} would free. */
public record GcReport(boolean dryRun, boolean deleteUntagged, int blobsKept, int blobsDeleted, long bytesFreed,
        List<String> manifestsDeleted, List<String> blobDigestsDeleted, long durationMillis) {
}
