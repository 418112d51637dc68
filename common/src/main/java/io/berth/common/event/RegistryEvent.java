package io.berth.common.event;

import java.util.List;

/**
 * One registry event as registry-core delivers it to ui-service. {@code id} is unique per event
 * and makes delivery idempotent; {@code action} is {@code push}, {@code pull} or {@code delete}.
 * {@code references} lists the child manifest digests of an index (empty otherwise); {@code size}
 * is the manifest's own size plus every blob it references.
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
        String userAgent) {

    public static final String PUSH = "push";
    public static final String PULL = "pull";
    public static final String DELETE = "delete";
}
