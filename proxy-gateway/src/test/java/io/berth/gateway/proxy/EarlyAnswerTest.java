package io.berth.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.gateway.support.EchoUpstream;
import io.berth.gateway.support.UpstreamsResource;
import io.berth.testsupport.http.EarlyAnswerClient;
import io.berth.testsupport.http.EarlyAnswerClient.Answer;
import io.berth.testsupport.http.EarlyAnswerClient.Pace;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers given before the request body was read reach the client through the gateway: the
 * gateway's own (404 for /internal) and an upstream's that answers and closes at once (401 with
 * its challenge, 413, 403), which the gateway used to turn into 502. The client connection
 * closes afterwards, the rest of the body drained.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamsResource.class)
class EarlyAnswerTest {

    private static final long SMALL = 100_000;
    private static final long LARGE = 50_000_000;

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest
    @CsvSource({"challenge, 401, UNAUTHORIZED", "too-large, 413, SIZE_INVALID", "denied, 403, DENIED"})
    void anUpstreamAnswerGivenBeforeTheBodyReachesTheClient(String kind, int status, String code) throws Exception {
        for (int round = 0; round < 10; round++) {
            Answer answer = send("/v2/p/r/blobs/uploads/early-" + kind, SMALL, Pace.WRITE_THEN_READ);

            assertUpstreamAnswer(answer, SMALL, status, code, "round " + round);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW"})
    void anUpstreamChallengeReachesAClientSendingFiftyMegabytes(Pace pace) throws Exception {
        Answer answer = send("/v2/p/r/blobs/uploads/early-challenge", LARGE, pace);

        assertUpstreamAnswer(answer, LARGE, 401, "UNAUTHORIZED", pace.name());
    }

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW", "WRITE_THEN_READ"})
    void theGatewaysOwnRefusalReachesTheClient(Pace pace) throws Exception {
        long length = pace == Pace.WRITE_THEN_READ ? 6L * 1024 * 1024 : LARGE;

        Answer answer = send("/internal/v1/events", length, pace);

        assertEquals(404, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"code\":\"NOT_FOUND\""), answer.body());
        assertNull(answer.header("X-Upstream"));
        assertTrue(answer.closes(), "the connection must close after an answer to an unread body");
    }

    @Test
    void aRefusedBodyIsReadOnlyUpToTheDrainBound() throws Exception {
        long length = 512L * 1024 * 1024;

        Answer answer = send("/internal/v1/events", length, Pace.RELENTLESS);

        assertEquals(404, answer.status(), answer.body());
        // 8 MiB drained, plus what the kernel buffers hold: far from the whole body
        assertTrue(answer.written() < length / 4, answer.written() + " bytes of a refused body were taken");
    }

    @Test
    void aBodyReadWholeKeepsTheConnection() throws Exception {
        Answer answer = send("/v2/p/r/blobs/uploads/whole", SMALL, Pace.FAST);

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"bodyLength\":" + SMALL), answer.body());
        assertTrue(!answer.closes(), "a body read whole keeps the connection open");
    }

    private Answer send(String path, long length, Pace pace) throws Exception {
        return EarlyAnswerClient.send(gateway.getPort(), "PUT " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/octet-stream", length, pace);
    }

    private static void assertUpstreamAnswer(Answer answer, long length, int status, String code, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.body());
        assertTrue(answer.body().contains("\"code\":\"" + code + "\""), what + ": " + answer.body());
        assertEquals("registry", answer.header("X-Upstream"), what);
        if (status == 401) {
            assertEquals(EchoUpstream.CHALLENGE, answer.header("WWW-Authenticate"), what);
        }
        // once the upstream refused, the gateway reads and drops the rest: a fast client may have
        // sent it all before the answer went out, and then the connection may stay
        assertTrue(answer.closes() || answer.written() == length,
                what + ": the connection must close after an answer to an unread body (kept after "
                        + answer.written() + " of " + length + " bytes)");
    }
}
