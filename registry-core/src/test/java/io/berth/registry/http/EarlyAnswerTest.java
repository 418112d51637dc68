package io.berth.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.testsupport.http.EarlyAnswerClient;
import io.berth.testsupport.http.EarlyAnswerClient.Answer;
import io.berth.testsupport.http.EarlyAnswerClient.Pace;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers given before the body was read reach the client, whether it writes fast, slowly or
 * reads only after writing; bodies are well above the manifest limit and the drain bound.
 */
@QuarkusTest
class EarlyAnswerTest {

    /** Above the 4 MiB manifest limit and the 8 MiB the server drains at most. */
    static final long WELL_ABOVE = 24L * 1024 * 1024;
    static final String MANIFEST_PUT = "PUT /v2/early/answer/manifests/big HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/vnd.oci.image.manifest.v1+json";

    @TestHTTPResource("/")
    URL server;

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW"})
    void anOversizedManifestIsAnsweredWhileTheClientWrites(Pace pace) throws Exception {
        Answer answer = EarlyAnswerClient.send(server.getPort(), MANIFEST_PUT, WELL_ABOVE, pace);

        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"code\":\"SIZE_INVALID\""), answer.body());
        assertTrue(answer.closes(), "the connection must close after an answer to an unread body");
    }

    @ParameterizedTest
    @EnumSource(value = Pace.class, names = {"FAST", "SLOW"})
    void anUploadToAnUnknownSessionIsAnsweredWhileTheClientWrites(Pace pace) throws Exception {
        Answer answer = EarlyAnswerClient.send(server.getPort(),
                "PATCH /v2/early/answer/blobs/uploads/no-such-upload HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/octet-stream", WELL_ABOVE, pace);

        assertEquals(404, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"code\":\"BLOB_UPLOAD_UNKNOWN\""), answer.body());
    }

    @Test
    void aRefusedManifestIsDrainedForAClientThatReadsOnlyAfterWriting() throws Exception {
        Answer answer = EarlyAnswerClient.send(server.getPort(), MANIFEST_PUT, 4L * 1024 * 1024 + 10, Pace.WRITE_THEN_READ);

        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"code\":\"SIZE_INVALID\""), answer.body());
    }
}
