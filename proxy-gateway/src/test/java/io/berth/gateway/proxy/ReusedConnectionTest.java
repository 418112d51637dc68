package io.berth.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.gateway.support.UpstreamsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An upstream that closes a kept-alive connection just as the gateway reuses it has not seen the
 * request: a request without a body is sent again on a fresh connection, not answered 502.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
class ReusedConnectionTest {

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aRequestOnAConnectionTheUpstreamClosedIsSentAgain() throws Exception {
        // the first request may open the connection, every later one reuses it and meets the close
        for (String method : new String[] {"GET", "GET", "HEAD", "DELETE", "GET"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "api/v2.0/close-reused"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, r.statusCode(), method + ": " + r.body());
            assertTrue(method.equals("HEAD") || r.body().contains("\"upstream\":\"ui\""), r.body());
        }
    }

    @Test
    void aRequestWithABodyIsNotSentTwice() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(gateway + "api/v2.0/warm")).build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "api/v2.0/close-reused"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(502, r.statusCode(), r.body());
    }
}
