package io.berth.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.testsupport.http.EarlyAnswerClient;
import io.berth.testsupport.http.EarlyAnswerClient.Answer;
import io.berth.testsupport.http.EarlyAnswerClient.Pace;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refused-manifest exchanges of {@link EarlyAnswerTest}, 50 times each in a row: a race between
 * the answer and the close would show here in CI rather than hide in one lucky run.
 */
@QuarkusTest
class EarlyAnswerLoopTest {

    private static final int ROUNDS = 50;

    @TestHTTPResource("/")
    URL server;

    @Test
    void everyClientReadsTheRefusalFiftyTimesInARow() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            for (Pace pace : List.of(Pace.FAST, Pace.SLOW, Pace.WRITE_THEN_READ)) {
                long length = pace == Pace.WRITE_THEN_READ ? 4L * 1024 * 1024 + 10 : EarlyAnswerTest.WELL_ABOVE;
                Answer answer = EarlyAnswerClient.send(server.getPort(), EarlyAnswerTest.MANIFEST_PUT, length, pace);

                assertEquals(413, answer.status(), "round " + round + " " + pace + ": " + answer.body());
                assertTrue(answer.body().contains("\"code\":\"SIZE_INVALID\""), "round " + round + " " + pace);
            }
        }
    }
}
