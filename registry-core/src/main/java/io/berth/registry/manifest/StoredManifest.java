package io.berth.registry.manifest;

import io.berth.registry.storage.Digest;

/** A manifest as stored: its digest, bytes and what they say. */
public record StoredManifest(Digest digest, byte[] content, ParsedManifest parsed) {

    public String mediaType() {
        return parsed.mediaType();
    }
}
