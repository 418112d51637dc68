package io.berth.tools.bench;

import io.berth.testsupport.image.OciLayout;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * deploy/bench's helpers for what bash does badly: building its test images as OCI layouts (never
 * pulled) and picking free loopback ports.
 *
 * <pre>
 * BenchImages large DIR SEED BYTES          a single-layer image of BYTES random bytes
 * BenchImages layers DIR SEED COUNT BYTES   COUNT random layers of BYTES each
 * BenchImages free-ports N                  N distinct free loopback ports, one a line
 * </pre>
 *
 * An image is tagged {@code latest} in its layout; the command prints {@code manifest DIGEST} and
 * one {@code layer DIGEST SIZE} line per layer. Layers are gzip with stored blocks: random bytes
 * do not compress, and clients push and pull them as they are, so the build costs a copy, not a
 * compression, and a fresh image per run stays cheap.
 */
public final class BenchImages {

    private BenchImages() {
    }

    public static void main(String[] args) throws IOException {
        try {
            switch (args.length > 0 ? args[0] : "") {
                case "large" -> {
                    expect(args, 4);
                    OciLayout layout = layout(args);
                    print(layout, layout.largeImage(Long.parseLong(args[3]), "amd64"));
                }
                case "layers" -> {
                    expect(args, 5);
                    OciLayout layout = layout(args);
                    print(layout, layout.image(Integer.parseInt(args[3]), Integer.parseInt(args[4]), "amd64"));
                }
                case "free-ports" -> {
                    expect(args, 2);
                    freePorts(Integer.parseInt(args[1])).forEach(System.out::println);
                }
                default -> usage();
            }
        } catch (NumberFormatException e) {
            System.err.println("BenchImages: not a number: " + e.getMessage());
            System.exit(2);
        }
    }

    private static OciLayout layout(String[] args) throws IOException {
        return new OciLayout(Path.of(args[1]), new FastRandom(Long.parseLong(args[2])), Deflater.NO_COMPRESSION);
    }

    private static void print(OciLayout layout, OciLayout.Blob manifest) throws IOException {
        layout.tag(manifest, OciLayout.MANIFEST, "latest");
        StringBuilder out = new StringBuilder("manifest ").append(manifest.digest()).append('\n');
        for (String layer : layout.lastLayers()) {
            long size = Files.size(layout.dir().resolve("blobs/sha256/" + layer.substring("sha256:".length())));
            out.append("layer ").append(layer).append(' ').append(size).append('\n');
        }
        System.out.print(out);
    }

    /** Binds and releases port 0 {@code n} times, keeping every socket open until all are chosen. */
    static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> open = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                open.add(s);
                ports.add(s.getLocalPort());
            }
            return ports;
        } finally {
            for (ServerSocket s : open) {
                s.close();
            }
        }
    }

    private static void expect(String[] args, int n) {
        if (args.length != n) {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: BenchImages large DIR SEED BYTES | layers DIR SEED COUNT BYTES | free-ports N");
        System.exit(2);
    }
}
