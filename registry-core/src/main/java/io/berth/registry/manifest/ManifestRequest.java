package io.berth.registry.manifest;

import io.berth.registry.storage.Digest;
import java.util.List;

/**
 * A GET or HEAD of a manifest by {@code tag} or {@code digest} (one of them null), with the
 * request's {@code Accept} header values.
 */
public record ManifestRequest(String repo, String tag, Digest digest, List<String> accept, boolean head,
        Requester by) {

    /** Whether a manifest of {@code mediaType} may be sent for these Accept values (none: anything). */
    public boolean accepts(String mediaType) {
        return accepts(accept, mediaType);
    }

    public static boolean accepts(List<String> acceptHeaders, String mediaType) {
        if (acceptHeaders.isEmpty()) {
            return true;
        }
        for (String header : acceptHeaders) {
            for (String part : header.split(",")) {
                String type = part.split(";")[0].trim();
                if (type.equals(mediaType) || type.equals("*/*") || type.equals("application/*")
                        || type.equals("application/json") || type.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
