package io.berth.auth.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.testsupport.http.EarlyAnswerClient;
import io.berth.testsupport.http.EarlyAnswerClient.Answer;
import io.berth.testsupport.http.EarlyAnswerClient.Pace;
import io.berth.auth.support.AuthTestResources;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Refusals given before the body was read (a filter's 401, Quarkus' body-size 413) reach the
 * client, whether it writes fast, slowly or reads only after writing.
 */
@QuarkusTest
@WithTestResource(AuthTestResources.class)
class EarlyAnswerTest {

    /** Under the 10 MiB body limit, so a filter answers, and under the 8 MiB drained at most. */
    private static final long REFUSED = 6L * 1024 * 1024;
    /** Well above the body limit and the drain bound. */
    private static final long OVERSIZED = 24L * 1024 * 1024;

    @TestHTTPResource("/")
    URL server;

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW", "WRITE_THEN_READ"})
    void aCallWithoutTheInternalSecretIsRefusedWhileTheClientWrites(Pace pace) throws Exception {
        Answer answer = EarlyAnswerClient.send(server.getPort(),
                "POST /internal/v1/authenticate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json", REFUSED, pace);

        assertEquals(401, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"code\":\"UNAUTHORIZED\""), answer.body());
        assertTrue(answer.closes(), "the connection must close after an answer to an unread body");
    }

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW", "WRITE_THEN_READ"})
    void aTokenRequestWithTheWrongMethodIsRefusedWhileTheClientWrites(Pace pace) throws Exception {
        Answer answer = EarlyAnswerClient.send(server.getPort(),
                "POST /service/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json", REFUSED, pace);

        assertEquals(405, answer.status(), answer.body());
    }

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW", "WRITE_THEN_READ"})
    void anUnknownPageIsAnsweredWhileTheClientWrites(Pace pace) throws Exception {
        Answer answer = EarlyAnswerClient.send(server.getPort(),
                "POST /c/no-such-page HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json", REFUSED, pace);

        assertEquals(404, answer.status(), answer.body());
    }

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW"})
    void aBodyOverTheSizeLimitIsRefusedWhileTheClientWrites(Pace pace) throws Exception {
        Answer answer = EarlyAnswerClient.send(server.getPort(),
                "PUT /api/v2.0/users/1/password HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json", OVERSIZED, pace);

        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.closes());
    }
}
