package io.berth.common.event;

import java.util.List;
import java.util.Map;

/**
 * One registry event as registry-core delivers it to ui-service. {@code id} is unique per event
 * and makes delivery idempotent; {@code action} is {@code push}, {@code pull} or {@code delete}.
 * {@code references} lists the child manifest digests of an index (empty otherwise); {@code size}
 * is the manifest's own size plus every blob it references. {@code platforms} maps a child digest
 * to the platform the index names for it (children without one are absent; null from senders
 * that predate it).
 */
public record RegistryEvent(
        String id,
        String action,
        String timestamp,
        String actor,
        String repository,
        String tag,
        String digest,
        String mediaType,
        long size,
        List<String> references,
        String userAgent,
        Map<String, Platform> platforms) {

    public static final String PUSH = "push";
    public static final String PULL = "pull";
    public static final String DELETE = "delete";
}
