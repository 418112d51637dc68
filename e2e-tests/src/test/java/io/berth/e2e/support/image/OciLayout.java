package io.berth.e2e.support.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds test images as OCI image layouts on disk (random layers as tar.gz, a config, a
 * manifest, optionally a multi-arch index, index.json, oci-layout) so real clients push them
 * without any network. Same approach as registry-core's test-image builder, kept compact here.
 */
public final class OciLayout {

    public static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String INDEX = "application/vnd.oci.image.index.v1+json";

    private final Path dir;
    private final Random random;
    private final List<String> indexEntries = new ArrayList<>();
    private List<String> lastLayers = List.of();

    /** A descriptor of something written into the layout. */
    public record Blob(String digest, long size) {
    }

    public OciLayout(Path dir, long seed) throws IOException {
        this.dir = dir;
        this.random = new Random(seed);
        Files.createDirectories(dir.resolve("blobs/sha256"));
        Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    }

    public Path dir() {
        return dir;
    }

    public Blob write(byte[] content) throws IOException {
        String d = Sha256.of(content);
        Files.write(dir.resolve("blobs/sha256/" + d.substring("sha256:".length())), content);
        return new Blob(d, content.length);
    }

    /** The layer digests of the last image built with {@link #image}. */
    public List<String> lastLayers() {
        return lastLayers;
    }

    /** An image of {@code layers} random layers of {@code layerBytes} each; returns its manifest. */
    public Blob image(int layers, int layerBytes, String arch) throws IOException {
        List<Blob> written = new ArrayList<>();
        List<String> diffIds = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            byte[] content = new byte[layerBytes];
            random.nextBytes(content);
            byte[] tar = TarGz.tar("file" + i + ".bin", content);
            diffIds.add("\"" + Sha256.of(tar) + "\"");
            written.add(write(TarGz.gzip(tar)));
        }
        lastLayers = written.stream().map(Blob::digest).toList();
        String config = "{\"architecture\":\"" + arch + "\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[" + String.join(",", diffIds) + "]}}";
        Blob c = write(config.getBytes(StandardCharsets.UTF_8));
        StringBuilder m = new StringBuilder("{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST + "\",\"config\":")
                .append(descriptor("application/vnd.oci.image.config.v1+json", c, null)).append(",\"layers\":[");
        for (int i = 0; i < written.size(); i++) {
            m.append(i > 0 ? "," : "").append(descriptor("application/vnd.oci.image.layer.v1.tar+gzip", written.get(i), null));
        }
        m.append("]}");
        return write(m.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A multi-arch index over the given manifests. */
    public Blob index(List<Blob> manifests, List<String> arches) throws IOException {
        StringBuilder sb = new StringBuilder("{\"schemaVersion\":2,\"mediaType\":\"" + INDEX + "\",\"manifests\":[");
        for (int i = 0; i < manifests.size(); i++) {
            sb.append(i > 0 ? "," : "").append(descriptor(MANIFEST, manifests.get(i),
                    "{\"architecture\":\"" + arches.get(i) + "\",\"os\":\"linux\"}"));
        }
        return write(sb.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Names a manifest or index in index.json under a tag. */
    public void tag(Blob target, String mediaType, String tag) throws IOException {
        indexEntries.add("{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + target.digest() + "\",\"size\":"
                + target.size() + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}}");
        Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"mediaType\":\"" + INDEX
                + "\",\"manifests\":[" + String.join(",", indexEntries) + "]}");
    }

    private static String descriptor(String mediaType, Blob b, String platform) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + b.digest() + "\",\"size\":" + b.size()
                + (platform == null ? "" : ",\"platform\":" + platform) + "}";
    }
}
