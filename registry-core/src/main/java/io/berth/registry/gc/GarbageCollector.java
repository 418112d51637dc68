package io.berth.registry.gc;

import io.berth.registry.config.BerthConfig;
import io.berth.registry.manifest.InvalidManifestException;
import io.berth.registry.manifest.ManifestParser;
import io.berth.registry.manifest.ParsedManifest;
import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.ManifestStore;
import io.berth.registry.storage.RepositoryCatalog;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.TagStore;
import io.berth.registry.storage.UploadStore;
import io.berth.registry.storage.driver.FileInfo;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Mark and sweep over the blob pool, safe while pushes continue. Mark: every manifest revision
 * (or, with {@code deleteUntagged}, only those reachable from a tag or a pin through index
 * children and referrers) and the blobs they reference, plus every blob linked into a repository
 * that has an upload open (a push still under way). Sweep: unmarked blobs last used before the
 * grace window ({@code berth.gc.grace-window}, 2 h as Harbor's time window) that ends when the
 * run starts. Uploads, links and manifest pushes touch their blobs, so the blobs of a push whose
 * manifest has not come yet stay, and so do untagged manifests younger than the window.
 */
@Singleton
public class GarbageCollector {

    private static final Logger LOG = Logger.getLogger(GarbageCollector.class);
    /** Covers coarse filesystem timestamps. */
    static final Duration SAFETY_MARGIN = Duration.ofSeconds(5);

    private final RepositoryCatalog catalog;
    private final ManifestStore manifests;
    private final TagStore tags;
    private final BlobStore blobs;
    private final ManifestParser parser;
    private final LinkedBlobStore links;
    private final UploadStore uploads;
    private final Duration grace;
    private final AtomicBoolean running = new AtomicBoolean();

    public GarbageCollector(RepositoryCatalog catalog, ManifestStore manifests, TagStore tags, BlobStore blobs,
            ManifestParser parser, LinkedBlobStore links, UploadStore uploads, BerthConfig berth) {
        this.links = links;
        this.uploads = uploads;
        Duration window = berth.gc().graceWindow();
        this.grace = window.compareTo(SAFETY_MARGIN) > 0 ? window : SAFETY_MARGIN;
        this.catalog = catalog;
        this.manifests = manifests;
        this.tags = tags;
        this.blobs = blobs;
        this.parser = parser;
    }

    /** Runs one collection; {@link IllegalStateException} when one is already running. */
    public GcReport run(boolean dryRun, boolean deleteUntagged) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("garbage collection already running");
        }
        try {
            return collect(dryRun, deleteUntagged);
        } finally {
            running.set(false);
        }
    }

    private GcReport collect(boolean dryRun, boolean deleteUntagged) {
        long started = System.currentTimeMillis();
        Instant cutoff = Instant.ofEpochMilli(started).minus(grace);
        Set<Digest> marked = new HashSet<>();
        List<String> manifestsDeleted = new ArrayList<>();
        for (String repo : catalog.list()) {
            markRepository(repo, cutoff, dryRun, deleteUntagged, marked, manifestsDeleted);
        }
        // a push under way: what it linked so far waits for its manifest, however long it takes
        uploads.all().stream().map(UploadStore.UploadInfo::repository).distinct()
                .forEach(repo -> marked.addAll(links.list(repo)));
        int kept = 0;
        int deleted = 0;
        long freed = 0;
        List<String> deletedDigests = new ArrayList<>();
        for (FileInfo blob : blobs.all()) {
            Digest d = BlobStore.digestOf(blob.path());
            if (marked.contains(d) || !blob.modTime().isBefore(cutoff)) {
                kept++;
                continue;
            }
            // re-check right before deleting: a push may have touched it since the listing
            FileInfo now = blobs.stat(d).orElse(null);
            if (now == null || !now.modTime().isBefore(cutoff)) {
                kept++;
                continue;
            }
            if (!dryRun) {
                blobs.delete(d);
            }
            deleted++;
            freed += now.size();
            deletedDigests.add(d.toString());
        }
        GcReport report = new GcReport(dryRun, deleteUntagged, kept, deleted, freed, manifestsDeleted, deletedDigests,
                System.currentTimeMillis() - started);
        LOG.infof("garbage collection finished: dry_run=%s blobs_deleted=%d bytes_freed=%d manifests_deleted=%d",
                dryRun, deleted, freed, manifestsDeleted.size());
        return report;
    }

    private void markRepository(String repo, Instant cutoff, boolean dryRun, boolean deleteUntagged,
            Set<Digest> marked, List<String> manifestsDeleted) {
        List<Digest> revisions = manifests.list(repo);
        Map<Digest, ParsedManifest> parsed = new HashMap<>();
        for (Digest d : revisions) {
            try {
                parsed.put(d, parser.parse(manifests.get(repo, d), null));
            } catch (StoreException | InvalidManifestException e) {
                LOG.debugf("keeping unreadable manifest: repo=%s digest=%s", repo, d);
                marked.add(d);
            }
        }
        Set<Digest> keep = new HashSet<>();
        if (!deleteUntagged) {
            keep.addAll(parsed.keySet());
        } else {
            Deque<Digest> todo = new ArrayDeque<>(tags.all(repo).values());
            todo.addAll(manifests.pins(repo)); // cached by a pull by digest: wanted though untagged
            for (Digest d : parsed.keySet()) {
                if (young(d, cutoff)) {
                    todo.add(d); // pushed during the run, perhaps a child of an index still coming
                }
            }
            while (!todo.isEmpty()) {
                Digest d = todo.poll();
                if (!keep.add(d)) {
                    continue;
                }
                ParsedManifest m = parsed.get(d);
                if (m != null) {
                    todo.addAll(m.children());
                }
                parsed.forEach((r, pm) -> {
                    if (d.equals(pm.subject())) {
                        todo.add(r); // referrers live as long as their subject
                    }
                });
            }
        }
        for (Map.Entry<Digest, ParsedManifest> e : parsed.entrySet()) {
            if (keep.contains(e.getKey())) {
                marked.add(e.getKey());
                marked.addAll(e.getValue().blobs());
            } else {
                if (!dryRun) {
                    manifests.delete(repo, e.getKey());
                }
                manifestsDeleted.add(repo + "@" + e.getKey());
            }
        }
    }

    private boolean young(Digest d, Instant cutoff) {
        return blobs.stat(d).map(i -> !i.modTime().isBefore(cutoff)).orElse(false);
    }
}
