package io.berth.registry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rate limits, server errors and content not matching its digest, with nothing cached. */
@QuarkusTest
@TestProfile(FaultyMirrorProfile.class)
class UpstreamFailureTest {

    @TestHTTPResource("/")
    URL url;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int hits(String key) {
        return FaultyUpstream.HITS.getOrDefault(key, new AtomicInteger()).get();
    }

    @Test
    void rateLimitedUpstreamWithoutCacheIsTooManyRequests() throws Exception {
        HttpResponse<String> r = get("/v2/rl/app/manifests/v1");
        assertEquals(429, r.statusCode());
        assertTrue(r.body().contains("TOOMANYREQUESTS"), r.body());
    }

    @Test
    void failingUpstreamWithoutCacheIsUnavailable() throws Exception {
        HttpResponse<String> r = get("/v2/err/app/manifests/v1");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("UNAVAILABLE"), r.body());
    }

    @Test
    void manifestNotMatchingItsDigestIsNotCached() throws Exception {
        HttpResponse<String> r = get("/v2/bad/app/manifests/v1");
        assertEquals(502, r.statusCode(), r.body());
        HttpResponse<String> again = get("/v2/bad/app/manifests/v1");
        assertEquals(502, again.statusCode());
        assertEquals(2, hits("GET /v2/bad/app/manifests/v1"), "nothing was cached, so the upstream is asked again");
    }

    @Test
    void blobNotMatchingItsDigestIsNotCached() throws Exception {
        String digest = "sha256:" + "c".repeat(64);
        assertEquals(502, get("/v2/bad/app/blobs/" + digest).statusCode());
        assertEquals(502, get("/v2/bad/app/blobs/" + digest).statusCode());
        assertEquals(2, hits("GET /v2/bad/app/blobs/" + digest));
    }

    @Test
    void largeBlobNotMatchingItsDigestAbortsTheTransferAndIsNotCached() throws Exception {
        String path = "/v2/bigbad/app/blobs/sha256:" + "d".repeat(64);
        for (int attempt = 1; attempt <= 2; attempt++) {
            // bytes were already on their way when the digest failed: the client must not see a complete body
            try {
                HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + path.substring(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertTrue(r.statusCode() != 200 || r.body().length < FaultyUpstream.BIG_BAD,
                        "a complete 200 for content that failed its digest");
            } catch (IOException e) {
                // the connection was closed short of Content-Length
            }
            assertEquals(attempt, hits("GET " + path), "nothing was cached, so the upstream is asked again");
        }
    }
}
