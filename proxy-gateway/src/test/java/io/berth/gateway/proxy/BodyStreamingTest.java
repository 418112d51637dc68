package io.berth.gateway.proxy;

import io.berth.gateway.support.GeneratedBody;
import io.berth.gateway.support.RawHttp;
import io.berth.gateway.support.UpstreamsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Content-Length and chunked bodies, HEAD and 100-continue through the gateway, both ways. */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
class BodyStreamingTest {

    private static final long SIZE = 24L * 1024 * 1024 + 7;

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void streamsAContentLengthBodyBeyondQuarkusDefaultLimit() throws Exception {
        GeneratedBody body = new GeneratedBody(SIZE);
        HttpRequest request = HttpRequest.newBuilder(uri("/v2/p/r/blobs/uploads/u1"))
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body::stream), SIZE))
                .build();

        JsonObject echo = new JsonObject(http.send(request, HttpResponse.BodyHandlers.ofString()).body());

        assertEquals(String.valueOf(SIZE), echo.getJsonObject("headers").getString("content-length"));
        assertEquals(SIZE, echo.getLong("bodyLength"));
        assertEquals(body.sha256(), echo.getString("sha256"));
    }

    @Test
    void streamsAChunkedBody() throws Exception {
        byte[] one = "first chunk;".getBytes();
        byte[] two = new byte[100_000];
        java.util.Arrays.fill(two, (byte) 'x');
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "PATCH /v2/p/r/blobs/uploads/u2 HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(List.of(one, two)));

        JsonObject echo = new JsonObject(response.bodyText());
        assertEquals(one.length + two.length, echo.getLong("bodyLength"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(one);
        sha.update(two);
        assertEquals(HexFormat.of().formatHex(sha.digest()), echo.getString("sha256"));
        assertEquals("chunked", echo.getJsonObject("headers").getString("transfer-encoding"));
    }

    @Test
    void answersExpectContinueAndForwardsTheBody() throws Exception {
        GeneratedBody body = new GeneratedBody(300_000);
        HttpRequest request = HttpRequest.newBuilder(uri("/v2/p/r/blobs/uploads/u3"))
                .expectContinue(true)
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body::stream), 300_000))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(body.sha256(), echo.getString("sha256"));
        assertNull(echo.getJsonObject("headers").getString("expect"));
    }

    @Test
    void streamsChunkedAndSizedResponses() throws Exception {
        for (String sized : List.of("false", "true")) {
            HttpRequest request = HttpRequest.newBuilder(uri("/v2/p/r/blobs/download?size=" + SIZE + "&length=" + sized)).build();

            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());

            assertEquals(200, response.statusCode());
            assertEquals(sized.equals("true") ? String.valueOf(SIZE) : null,
                    response.headers().firstValue("Content-Length").orElse(null));
            assertEquals(new GeneratedBody(SIZE).sha256(), sha256(response.body()));
        }
    }

    @Test
    void answersHeadWithTheUpstreamLengthAndNoBody() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway.getPort(),
                "HEAD /v2/p/r/blobs/download?size=123456 HTTP/1.1\r\nHost: localhost", null);

        assertEquals(200, response.status());
        assertEquals("123456", response.header("Content-Length"));
        assertArrayEquals(new byte[0], response.body());
    }

    @Test
    void survivesClientsThatVanishMidUpload() throws Exception {
        for (int i = 0; i < 5; i++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", gateway.getPort())) {
                java.io.OutputStream out = socket.getOutputStream();
                out.write("PATCH /v2/p/r/blobs/uploads/gone HTTP/1.1\r\nHost: localhost\r\nContent-Length: 50000000\r\n\r\n".getBytes());
                out.write(new byte[1_000_000]);
                out.flush();
            }
        }

        HttpResponse<String> after = http.send(HttpRequest.newBuilder(uri("/v2/")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, after.statusCode());
        assertEquals("registry", new JsonObject(after.body()).getString("upstream"));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.getPort() + path);
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
