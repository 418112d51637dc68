package io.berth.e2e.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.e2e.conformance.ConformanceContent.Blob;
import io.berth.e2e.conformance.RegistryClient.Response;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What every workflow shares: the settings, the client, this run's content and the common steps. */
final class Conformance {

    final ConformanceSettings settings;
    final RegistryClient client;
    final ConformanceContent content = new ConformanceContent();
    /** Per kind of DELETE, whether Berth accepted it: the choice the spec leaves open, made once. */
    private final Map<String, Boolean> deletes = new ConcurrentHashMap<>();

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

    /**
     * A DELETE of a blob, a manifest by digest or a tag. The spec lets a registry refuse deletes
     * (405, or 400 UNSUPPORTED for tags), and the public suite accepts either answer each time;
     * Berth must at least choose once per kind and keep to it, and what it accepted (202) must be
     * gone: the next GET of the same URL answers 404.
     */
    Response delete(String kind, String reference) throws IOException, InterruptedException {
        String url = "/v2/<name>/" + kind + "/" + reference;
        Response r = client.request("DELETE", url).send();
        String what = "manifests".equals(kind) && !reference.contains(":") ? "tags" : kind;
        if (r.status() == 202 || r.status() == 405 || r.status() == 400 && "tags".equals(what)) {
            boolean allowed = r.status() == 202;
            Boolean earlier = deletes.putIfAbsent(what, allowed);
            assertTrue(earlier == null || earlier == allowed,
                    "Berth " + (earlier != null && earlier ? "accepted" : "refused") + " a DELETE of " + what
                            + " before, and now answers: " + r);
        }
        if (r.status() == 202) {
            Response after = client.request("GET", url).send();
            assertTrue(after.status() == 404, "a DELETE answered 202, yet the GET after it answers: " + after);
        }
        return r;
    }

    /** Whether Berth accepted (true) or refused (false) a DELETE of {@code what} (blobs, manifests, tags) so far. */
    Optional<Boolean> deletes(String what) {
        return Optional.ofNullable(deletes.get(what));
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
