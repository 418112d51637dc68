package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that refuses writes (every file limited to 64 KiB with {@code ulimit -f}, the EFBIG a
 * full disk gives as ENOSPC): an upload that cannot be stored and a pull whose event cannot be
 * journaled both answer 503 UNAVAILABLE with Retry-After, never a 500, and nothing half-written
 * becomes visible; once the journal has moved on to a new segment, pulls succeed again.
 */
class StorageOutageIT {

    private static final String OCI = "application/vnd.oci.image.manifest.v1+json";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void writesTheDiskRefusesAnswer503WithRetryAfter() throws Exception {
        try (PackagedRegistry registry = new PackagedRegistry(dir, "128m")) {
            registry.limitFileSize(64);
            registry.start();
            String base = registry.base();

            byte[] big = new byte[100 * 1024];
            new Random(7).nextBytes(big);
            String digest = Streams.sha256(new ByteArrayInputStream(big));
            HttpResponse<String> upload = send("POST", base + "/v2/outage/app/blobs/uploads/?digest=" + digest, big, null);
            assertUnavailable(upload);
            assertEquals(404, send("HEAD", base + "/v2/outage/app/blobs/" + digest, null, null).statusCode(),
                    "nothing of the failed upload is visible");

            byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
            String c = Streams.sha256(new ByteArrayInputStream(config));
            assertEquals(201, send("POST", base + "/v2/outage/app/blobs/uploads/?digest=" + c, config, null).statusCode());
            byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + OCI + "\",\"config\":{\"mediaType\":"
                    + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + c + "\",\"size\":2},\"layers\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            assertEquals(201, send("PUT", base + "/v2/outage/app/manifests/v1", manifest, OCI).statusCode());

            // every pull is an event in the journal, whose segment soon reaches the limit
            String url = base + "/v2/outage/app/manifests/v1";
            HttpResponse<String> refused = null;
            for (int i = 0; i < 2000 && refused == null; i++) {
                HttpResponse<String> pull = send("GET", url, null, OCI);
                assertTrue(pull.statusCode() == 200 || pull.statusCode() == 503, "pull " + i + ": " + pull.statusCode());
                if (pull.statusCode() == 503) {
                    refused = pull;
                }
            }
            assertTrue(refused != null, "the journal ran into the limit");
            assertUnavailable(refused);
            assertEquals(200, send("GET", url, null, OCI).statusCode(), "a new segment takes the next event");
        }
    }

    private static void assertUnavailable(HttpResponse<String> r) {
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\":\"UNAVAILABLE\""), r.body());
        String retry = r.headers().firstValue("Retry-After").orElse("");
        assertTrue(retry.matches("\\d+") && Integer.parseInt(retry) > 0, "Retry-After: " + retry);
    }

    private static HttpResponse<String> send(String method, String url, byte[] body, String type) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header(body == null ? "Accept" : "Content-Type", type);
        } else if (body != null) {
            b.header("Content-Type", "application/octet-stream");
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
