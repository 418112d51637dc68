package io.berth.registry.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.Platform;
import io.berth.common.oci.MediaTypes;
import io.berth.registry.storage.Digest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the registry-relevant parts of a manifest; {@link InvalidManifestException} when it is not one. */
@Singleton
public class ManifestParser {

    private final ObjectMapper json;

    public ManifestParser(ObjectMapper json) {
        this.json = json;
    }

    public ParsedManifest parse(byte[] content, String contentType) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (IOException e) {
            throw new InvalidManifestException("manifest is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidManifestException("manifest is not a JSON object");
        }
        String declared = text(root, "mediaType");
        String type = declared != null ? declared : mediaTypeOf(root, contentType);
        if (declared != null && contentType != null && MediaTypes.ALL.contains(baseType(contentType))
                && !baseType(contentType).equals(declared)) {
            throw new InvalidManifestException("mediaType " + declared + " does not match Content-Type " + contentType);
        }
        if (root.path("schemaVersion").asInt(0) != 2) {
            throw new InvalidManifestException("unsupported schemaVersion");
        }
        List<Digest> blobs = new ArrayList<>();
        List<Digest> children = new ArrayList<>();
        Map<Digest, Platform> platforms = new LinkedHashMap<>();
        if (MediaTypes.INDEXES.contains(type)) {
            if (!root.path("manifests").isArray()) {
                throw new InvalidManifestException("index without manifests");
            }
            for (JsonNode m : root.path("manifests")) {
                Digest child = digest(m);
                children.add(child);
                platform(m.path("platform")).ifPresent(p -> platforms.putIfAbsent(child, p));
            }
        } else {
            if (!root.path("config").isObject()) {
                throw new InvalidManifestException("manifest without config");
            }
            blobs.add(digest(root.path("config")));
            for (JsonNode l : root.path("layers")) {
                blobs.add(digest(l));
            }
        }
        Digest subject = root.path("subject").isObject() ? digest(root.path("subject")) : null;
        String artifactType = text(root, "artifactType");
        if (artifactType == null && !MediaTypes.INDEXES.contains(type)) {
            artifactType = text(root.path("config"), "mediaType");
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        root.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
        return new ParsedManifest(type, blobs, children, platforms, subject, artifactType, annotations);
    }

    /** An index entry's platform; absent when it names no os and architecture. */
    private static Optional<Platform> platform(JsonNode p) {
        String os = text(p, "os");
        String arch = text(p, "architecture");
        if (os == null && arch == null) {
            return Optional.empty();
        }
        return Optional.of(new Platform(os, arch, text(p, "variant")));
    }

    private static String mediaTypeOf(JsonNode root, String contentType) {
        if (contentType != null && MediaTypes.ALL.contains(baseType(contentType))) {
            return baseType(contentType);
        }
        return root.has("manifests") ? MediaTypes.OCI_INDEX : MediaTypes.OCI_MANIFEST;
    }

    static String baseType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static Digest digest(JsonNode descriptor) {
        try {
            return Digest.parse(text(descriptor, "digest"));
        } catch (IllegalArgumentException e) {
            throw new InvalidManifestException("invalid descriptor digest: " + text(descriptor, "digest"));
        }
    }
}
