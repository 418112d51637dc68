package io.berth.gateway.proxy;

import io.berth.gateway.support.GatewayInFront;
import io.berth.gateway.support.GeneratedBody;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway, heap capped at 128 MiB, streams 1 GiB bodies to and from an upstream.
 * Bodies are generated on the fly; the upstream and the client hash what they receive. Body chunks
 * cross the gateway in direct buffers freed as soon as they are written: after each transfer, hardly
 * any direct memory is in use (a chunk left to the GC would show here as up to 128 MiB).
 */
class LargeBodyStreamingIT {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final long HEAP_CAP = 128L * 1024 * 1024;
    /** A few chunks (256 KiB each) may still be in flight on a connection. */
    private static final double DIRECT_IN_USE_CAP = 8 * 1024 * 1024;
    private static final Pattern DIRECT_IN_USE = Pattern.compile("(?m)^jvm_buffer_memory_used_bytes\\{[^}]*id=\"direct\"[^}]*} (\\S+)$");

    @RegisterExtension
    static final GatewayInFront SERVERS = new GatewayInFront("large-body", List.of("-Xmx128m"));
    private static String expectedSha;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void hashTheBody() throws Exception {
        expectedSha = new GeneratedBody(GIB).sha256();
    }

    @Test
    void runsWithItsHeapCappedAt128MiB() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(uri("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher heap = Pattern.compile("(?m)^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$").matcher(metrics);
        double total = 0;
        boolean found = false;
        while (heap.find()) {
            double value = Double.parseDouble(heap.group(1));
            if (value > 0) {
                total += value;
            }
            found = true;
        }
        assertTrue(found, "no heap metrics in /q/metrics");
        assertTrue(total <= HEAP_CAP, "heap max " + total + " exceeds 128 MiB");
    }

    @Test
    void streamsAOneGibibyteRequestBodyWithContentLength() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/v2/big/blobs/uploads/fixed"))
                .PUT(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBody(GIB).stream()), GIB))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(GIB, echo.getLong("bodyLength"));
        assertEquals(expectedSha, echo.getString("sha256"));
        assertTrue(SERVERS.gateway().alive());
        assertChunksFreed();
    }

    @Test
    void streamsAOneGibibyteChunkedRequestBody() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/v2/big/blobs/uploads/chunked"))
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBody(GIB).stream()))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(GIB, echo.getLong("bodyLength"));
        assertEquals(expectedSha, echo.getString("sha256"));
        assertTrue(SERVERS.gateway().alive());
        assertChunksFreed();
    }

    @Test
    void streamsAOneGibibyteResponseBody() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/v2/big/blobs/download?size=" + GIB + "&length=true")).build();

        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(GIB), response.headers().firstValue("Content-Length").orElse(null));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long received = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[256 * 1024];
            for (int n; (n = body.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                received += n;
            }
        }
        assertEquals(GIB, received);
        assertEquals(expectedSha, HexFormat.of().formatHex(sha.digest()));
        assertTrue(SERVERS.gateway().alive());
        assertChunksFreed();
    }

    private void assertChunksFreed() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(uri("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher direct = DIRECT_IN_USE.matcher(metrics);
        assertTrue(direct.find(), "no direct buffer metrics in /q/metrics");
        double inUse = Double.parseDouble(direct.group(1));
        assertTrue(inUse <= DIRECT_IN_USE_CAP, "direct memory still in use after the transfer: " + inUse + " bytes");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + SERVERS.gateway().port() + path);
    }
}
