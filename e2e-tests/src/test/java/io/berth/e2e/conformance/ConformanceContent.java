package io.berth.e2e.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.berth.testsupport.image.Sha256;
import io.berth.testsupport.image.TarGz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The test content the conformance suite's setup prepares (see its conformance/setup.go): one
 * config and one image manifest per workflow slot, each config unique to this run (a random
 * author), a small gzipped tar layer, two 42-byte random blobs (one pushed in chunks), and the
 * OCI 1.1 referrers set: four artifact manifests and an artifact index whose subject is
 * manifest 4, plus one artifact whose subject (manifest 3) is never pushed. Descriptors carry
 * {@code data}, a field unknown to the image spec and explicit nulls, which a registry must
 * store and serve byte for byte. Manifests are pretty-printed, so digests are over exact bytes.
 */
final class ConformanceContent {

    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    static final String LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
    static final String EMPTY_JSON = "application/vnd.oci.empty.v1+json";
    static final String ARTIFACT_TYPE_A = "application/vnd.berth.test.harbour.chart";
    static final String ARTIFACT_TYPE_B = "application/vnd.berth.test.tide.table";
    static final String ARTIFACT_TYPE_INDEX = "application/vnd.berth.test.cargo.manifest";
    static final String ANNOTATION = "org.opencontainers.conformance.test";
    static final String TEST_TAG = "tagtest0";
    static final String EMPTY_LAYER_TAG = "emptylayer";
    static final String NONEXISTENT_MANIFEST = ".INVALID_MANIFEST_NAME";
    static final byte[] INVALID_MANIFEST = "blablabla".getBytes(StandardCharsets.UTF_8);
    /** One slot per workflow bit, as the suite sizes its arrays. */
    static final int SLOTS = 16;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Content and its digest. */
    record Blob(byte[] content, String digest) {
        static Blob of(byte[] content) {
            return new Blob(content, Sha256.of(content));
        }

        String length() {
            return String.valueOf(content.length);
        }
    }

    /** A blob split in two chunks with their Content-Range values. */
    record Chunked(Blob blob, byte[] first, String firstRange, byte[] second, String secondRange) {
    }

    final long seed = new SecureRandom().nextLong();
    final List<Blob> configs = new ArrayList<>();
    final List<Blob> manifests = new ArrayList<>();
    final Blob layer;
    final Blob emptyLayerManifest;
    final Blob blobA;
    Chunked chunked;
    final Blob emptyJson = Blob.of("{}".getBytes(StandardCharsets.UTF_8));
    final Blob refBlobA = Blob.of("a harbour chart for the outer berth".getBytes(StandardCharsets.UTF_8));
    final Blob refBlobB = Blob.of("a tide table for the inner basin".getBytes(StandardCharsets.UTF_8));
    final Blob refsAConfig;
    final Blob refsBConfig;
    final Blob refsALayer;
    final Blob refsBLayer;
    final Blob refsCLayer;
    final Blob refsIndex;
    /** Expected annotation value of every referrer of manifest 4, by digest. */
    final Map<String, String> annotations = new LinkedHashMap<>();
    final String dummyDigest = Sha256.of("hello world".getBytes(StandardCharsets.UTF_8));

    ConformanceContent() {
        try {
            layer = Blob.of(TarGz.gzip(TarGz.tar("test.txt",
                    "you found the conformance layer of Berth\n".getBytes(StandardCharsets.UTF_8))));
            for (int i = 0; i < SLOTS; i++) {
                configs.add(Blob.of(json(config(randomAuthor()))));
            }
            for (int i = 0; i < SLOTS; i++) {
                manifests.add(Blob.of(json(manifest(OCI_MANIFEST, null, configDescriptor(configs.get(i)),
                        List.of(descriptor(LAYER, layer)), null, null))));
            }
            emptyLayerManifest = Blob.of(json(manifest(null, null, configDescriptor(configs.get(1)), List.of(), null, null)));
            blobA = Blob.of(random(42, seed + 1));
            chunkBlob(42);

            ObjectNode subject4 = descriptor(OCI_MANIFEST, manifests.get(4));
            refsAConfig = referrer(manifest(OCI_MANIFEST, null, descriptor(ARTIFACT_TYPE_A, refBlobA), List.of(descriptor(emptyJson)),
                    subject4, "test config a"));
            refsBConfig = referrer(manifest(OCI_MANIFEST, null, descriptor(ARTIFACT_TYPE_B, refBlobB), List.of(descriptor(emptyJson)),
                    subject4, "test config b"));
            refsALayer = referrer(manifest(OCI_MANIFEST, ARTIFACT_TYPE_A, descriptor(emptyJson),
                    List.of(descriptor(ARTIFACT_TYPE_A, refBlobA)), subject4, "test layer a"));
            refsBLayer = referrer(manifest(OCI_MANIFEST, ARTIFACT_TYPE_B, descriptor(emptyJson),
                    List.of(descriptor(ARTIFACT_TYPE_B, refBlobB)), subject4, "test layer b"));
            refsCLayer = Blob.of(json(manifest(OCI_MANIFEST, ARTIFACT_TYPE_B, descriptor(emptyJson),
                    List.of(descriptor(ARTIFACT_TYPE_B, refBlobB)), descriptor(OCI_MANIFEST, manifests.get(3)), null)));
            ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", OCI_INDEX)
                    .put("artifactType", ARTIFACT_TYPE_INDEX);
            index.putArray("manifests").add(descriptor(OCI_MANIFEST, refsAConfig)).add(descriptor(OCI_MANIFEST, refsALayer));
            index.set("subject", subject4);
            index.putObject("annotations").put(ANNOTATION, "test index");
            refsIndex = referrer(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a fresh random blob of {@code size} bytes in two chunks, the first one byte longer. */
    void chunkBlob(int size) {
        byte[] b = random(size, seed + 2);
        int split = size / 2 + 1;
        chunked = new Chunked(Blob.of(b), Arrays.copyOfRange(b, 0, split), "0-" + (split - 1),
                Arrays.copyOfRange(b, split, size), split + "-" + (size - 1));
    }

    private Blob referrer(ObjectNode node) throws IOException {
        Blob b = Blob.of(json(node));
        annotations.put(b.digest(), node.path("annotations").path(ANNOTATION).asText());
        return b;
    }

    private static ObjectNode config(String author) {
        ObjectNode c = JSON.createObjectNode().put("author", author).put("architecture", "amd64").put("os", "linux");
        c.putObject("rootfs").put("type", "layers").putArray("diff_ids");
        return c;
    }

    private static ObjectNode manifest(String mediaType, String artifactType, ObjectNode config, List<ObjectNode> layers,
            ObjectNode subject, String annotation) {
        ObjectNode m = JSON.createObjectNode().put("schemaVersion", 2);
        if (mediaType != null) {
            m.put("mediaType", mediaType);
        }
        if (artifactType != null) {
            m.put("artifactType", artifactType);
        }
        m.set("config", config);
        ArrayNode l = m.putArray("layers");
        layers.forEach(l::add);
        if (subject != null) {
            m.set("subject", subject);
        }
        if (annotation != null) {
            m.putObject("annotations").put(ANNOTATION, annotation);
        }
        return m;
    }

    /** An image config descriptor embedding the config as {@code data}, plus a field no spec defines. */
    private static ObjectNode configDescriptor(Blob config) {
        Base64.Encoder b64 = Base64.getEncoder();
        return JSON.createObjectNode().put("mediaType", OCI_CONFIG).put("digest", config.digest())
                .put("size", config.content().length).put("data", b64.encodeToString(config.content()))
                .put("newUnspecifiedField", b64.encodeToString("hello world".getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectNode descriptor(String mediaType, Blob b) {
        ObjectNode d = JSON.createObjectNode().put("mediaType", mediaType).put("digest", b.digest())
                .put("size", b.content().length);
        d.putNull("data");
        d.putNull("newUnspecifiedField");
        return d;
    }

    private ObjectNode descriptor(Blob emptyJsonBlob) {
        return descriptor(EMPTY_JSON, emptyJsonBlob);
    }

    private static byte[] json(ObjectNode node) throws IOException {
        return JSON.writeValueAsBytes(node);
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String randomAuthor() {
        String letters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(letters.charAt(r.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
