package io.berth.testsupport.image;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Builds test images as OCI image layouts on disk (random layers as tar.gz, a config, a
 * manifest, optionally a multi-arch index, index.json, oci-layout) so real clients push them
 * without any network. Shared by every module's tests that push images.
 */
public final class OciLayout {

    public static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String INDEX = "application/vnd.oci.image.index.v1+json";

    private final Path dir;
    private final Random random;
    private final int gzipLevel;
    private final List<String> indexEntries = new ArrayList<>();
    private List<String> lastLayers = List.of();

    /** A descriptor of something written into the layout. */
    public record Blob(String digest, long size) {
    }

    public OciLayout(Path dir, long seed) throws IOException {
        this(dir, new Random(seed), Deflater.BEST_SPEED);
    }

    /**
     * Layers of bytes from {@code random}, gzipped at {@code gzipLevel} ({@link Deflater}'s levels:
     * {@code NO_COMPRESSION} writes stored blocks, a valid gzip at copying speed, for random
     * content that would not shrink anyway).
     */
    public OciLayout(Path dir, Random random, int gzipLevel) throws IOException {
        this.dir = dir;
        this.random = random;
        this.gzipLevel = gzipLevel;
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
            written.add(write(TarGz.gzip(tar, gzipLevel)));
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

    /**
     * A single-layer image whose layer holds {@code bytes} random bytes, streamed to disk
     * (tar, gzip at this layout's level, hashed on the way); returns its manifest.
     */
    public Blob largeImage(long bytes, String arch) throws IOException {
        Path tmp = dir.resolve("blobs/large.tmp");
        MessageDigest gzSum = Sha256.digest();
        MessageDigest tarSum = Sha256.digest();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                OutputStream gzHashed = new DigestOutputStream(file, gzSum);
                GZIPOutputStream gz = new GZIPOutputStream(gzHashed, 1 << 16) {
                    {
                        def.setLevel(gzipLevel);
                    }
                };
                OutputStream tar = new DigestOutputStream(gz, tarSum)) {
            tar.write(TarGz.header("large.bin", bytes));
            byte[] block = new byte[1 << 20];
            long left = bytes;
            while (left > 0) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, left);
                tar.write(block, 0, n);
                left -= n;
            }
            tar.write(new byte[(int) TarGz.padding(bytes)]);
            tar.write(new byte[1024]);
        }
        String layer = Sha256.hex(gzSum.digest());
        Path layerFile = dir.resolve("blobs/sha256/" + layer.substring("sha256:".length()));
        Files.move(tmp, layerFile, StandardCopyOption.REPLACE_EXISTING);
        Blob l = new Blob(layer, Files.size(layerFile));
        lastLayers = List.of(layer);
        String config = "{\"architecture\":\"" + arch + "\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[\"" + Sha256.hex(tarSum.digest()) + "\"]}}";
        Blob c = write(config.getBytes(StandardCharsets.UTF_8));
        String m = "{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST + "\",\"config\":"
                + descriptor("application/vnd.oci.image.config.v1+json", c, null) + ",\"layers\":["
                + descriptor("application/vnd.oci.image.layer.v1.tar+gzip", l, null) + "]}";
        return write(m.getBytes(StandardCharsets.UTF_8));
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
