package io.berth.e2e.support;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.berth.e2e.support.Cli.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal reasons told apart on what skopeo and the docker CLI really print (captured from a suite). */
class CliRefusalTest {

    private static final String BAD_LOGIN = "time=\"2026-12-01T19:48:19Z\" level=fatal msg=\"logging into \\\"127.0.0.1:18991\\\": "
            + "invalid username/password\"";
    private static final String DOCKER_BAD_LOGIN = "time=\"2026-12-01T19:48:21Z\" level=info msg=\"Error logging in to endpoint\"\n"
            + "Get \"http://127.0.0.1:18991/v2/\": unauthorized";
    private static final String DENIED_PULL = "time=\"2026-12-01T19:48:50Z\" level=fatal msg=\"initializing source "
            + "docker://127.0.0.1:18991/team/base:1: reading manifest 1 in 127.0.0.1:18991/team/base: errors:\n"
            + "denied: requested access to the resource is denied\nunauthorized: authentication required\n\"";
    private static final String DENIED_DELETE = "time=\"2026-12-01T19:48:52Z\" level=fatal msg=\"Failed to delete "
            + "/v2/team/base/manifests/sha256:39ef: {\\\"errors\\\":[{\\\"code\\\":\\\"UNAUTHORIZED\\\"}]} (401 Unauthorized)\"";
    private static final String CACHE_PUSH = "time=\"2026-12-01T20:15:58Z\" level=fatal msg=\"writing manifest: uploading "
            + "manifest v1 to 127.0.0.1:32787/hub/mine: denied: requested access to the resource is denied\"";
    private static final String MISSING = "time=\"2026-12-01T20:58:45Z\" level=fatal msg=\"Error parsing image name "
            + "\\\"docker://127.0.0.1:42719/library/dist-denied:1\\\": reading manifest 1 in "
            + "127.0.0.1:42719/library/dist-denied: manifest unknown: manifest unknown\"";

    private static final String UNAVAILABLE = "time=\"2026-12-01T21:24:53Z\" level=fatal msg=\"authenticating creds for "
            + "\\\"127.0.0.1:18777\\\": Requesting bearer token: invalid status code from registry 503 (Service Unavailable)\"";

    @Test
    void eachCapturedMessageIsItsOwnReasonAndNoOther() {
        refused(BAD_LOGIN, Refusal.BAD_CREDENTIALS);
        refused(DOCKER_BAD_LOGIN, Refusal.BAD_CREDENTIALS);
        refused(DENIED_PULL, Refusal.DENIED);
        refused(DENIED_DELETE, Refusal.DENIED);
        refused(CACHE_PUSH, Refusal.DENIED);
        refused(MISSING, Refusal.NOT_FOUND);
        refused(UNAVAILABLE, Refusal.UNAVAILABLE);
        for (Refusal other : List.of(Refusal.BAD_CREDENTIALS, Refusal.DENIED)) {
            assertThrows(AssertionError.class, () -> Cli.assertRefused(run(1, MISSING), other));
        }
        assertThrows(AssertionError.class, () -> Cli.assertRefused(run(1, DENIED_PULL), Refusal.NOT_FOUND));
    }

    @Test
    void aSuccessOrAFailureForNoKnownReasonIsNoRefusal() {
        assertThrows(AssertionError.class, () -> Cli.assertRefused(run(0, MISSING), Refusal.NOT_FOUND));
        assertThrows(AssertionError.class, () -> Cli.assertRefused(run(1, "dial tcp 127.0.0.1:1: connect: connection refused"),
                Refusal.DENIED));
    }

    private static void refused(String output, Refusal reason) {
        Cli.assertRefused(run(1, output), reason);
    }

    private static Cli.Run run(int exit, String output) {
        return new Cli.Run(exit, output, List.of("skopeo"));
    }
}
