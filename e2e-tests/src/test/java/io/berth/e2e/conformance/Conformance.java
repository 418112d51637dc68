package io.berth.e2e.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.e2e.conformance.ConformanceContent.Blob;
import io.berth.e2e.conformance.RegistryClient.Response;
import java.io.IOException;
import java.util.Arrays;

/** What every workflow shares: the settings, the client, this run's content and the common steps. */
final class Conformance {

    final ConformanceSettings settings;
    final RegistryClient client;
    final ConformanceContent content = new ConformanceContent();

    Conformance(ConformanceSettings settings) {
        this.settings = settings;
        this.client = new RegistryClient(settings);
    }

    /** The suite's two-step blob push: POST a session, then PUT the whole blob with its digest. */
    Response pushBlob(Blob blob) throws IOException, InterruptedException {
        Response session = client.request("POST", "/v2/<name>/blobs/uploads/").send();
        return client.request("PUT", session.relativeLocation())
                .query("digest", blob.digest())
                .header("Content-Type", "application/octet-stream")
                .header("Content-Length", blob.length())
                .body(blob.content()).send();
    }

    Response pushManifest(String reference, String mediaType, Blob manifest) throws IOException, InterruptedException {
        return client.request("PUT", "/v2/<name>/manifests/" + reference)
                .header("Content-Type", mediaType).body(manifest.content()).send();
    }

    Response delete(String kind, String reference) throws IOException, InterruptedException {
        return client.request("DELETE", "/v2/<name>/" + kind + "/" + reference).send();
    }

    static void assertSuccess(Response r) {
        assertTrue(r.status() >= 200 && r.status() < 300, "wanted 2xx: " + r);
    }

    /** 2xx, or one of the listed statuses. */
    static void assertSuccessOr(Response r, int... others) {
        boolean ok = r.status() >= 200 && r.status() < 300 || Arrays.stream(others).anyMatch(s -> s == r.status());
        assertTrue(ok, "wanted 2xx or " + Arrays.toString(others) + ": " + r);
    }

    static void assertStatusIn(Response r, int... statuses) {
        assertTrue(Arrays.stream(statuses).anyMatch(s -> s == r.status()), "wanted " + Arrays.toString(statuses) + ": " + r);
    }
}
