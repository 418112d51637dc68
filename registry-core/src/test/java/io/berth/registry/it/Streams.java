package io.berth.registry.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

/** Deterministic large content generated on the fly, and streaming HTTP helpers, for the big tests. */
final class Streams {

    private Streams() {
    }

    /** A repeatable pseudo-random stream of {@code size} bytes (a 1 MiB block varied per position). */
    static InputStream content(long size, long seed) {
        byte[] block = new byte[1 << 20];
        new Random(seed).nextBytes(block);
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - pos);
                for (int i = 0; i < n; i++) {
                    long p = pos + i;
                    b[off + i] = (byte) (block[(int) (p & ((1 << 20) - 1))] ^ (p >>> 20));
                }
                pos += n;
                return n;
            }
        };
    }

    static String sha256(InputStream in) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 16];
        int r;
        while ((r = in.read(buf)) > 0) {
            md.update(buf, 0, r);
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int r;
        while (total < max && (r = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0) {
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }

    static HttpURLConnection open(String method, String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        return c;
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Sends {@code length} bytes of {@code body} streaming (fixed length, any method incl. PATCH). */
    static HttpResponse<Void> send(String method, String url, InputStream body, long length, String contentRange)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/octet-stream")
                .method(method, length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), length));
        if (contentRange != null) {
            b.header("Content-Range", contentRange);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding());
    }
}
