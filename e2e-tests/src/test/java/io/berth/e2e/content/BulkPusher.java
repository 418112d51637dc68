package io.berth.e2e.content;

import io.berth.e2e.support.HarborApi;
import io.berth.testsupport.image.Sha256;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills a project with many repositories quickly but honestly: the OCI distribution API through
 * the gateway under tokens from the token service, one tiny config blob uploaded monolithically
 * into each repository and a manifest PUT under a tag, so every repository arrives in ui-service
 * through registry-core's ordinary push events. skopeo would take minutes for a thousand.
 */
final class BulkPusher {

    private static final String OCI = "application/vnd.oci.image.manifest.v1+json";
    /** Scopes per token: keeps the JWT far below header size limits. */
    private static final int SCOPES_PER_TOKEN = 40;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final HarborApi api;
    private final String authorization;

    BulkPusher(String gateway, HarborApi api, String authorization) {
        this.gateway = gateway;
        this.api = api;
        this.authorization = authorization;
    }

    /** Pushes {@code repos} (full names) with {@code threads} in parallel; fails on any refusal. */
    void push(List<String> repos, String tag, int threads) throws Exception {
        byte[] config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}"
                .getBytes(StandardCharsets.UTF_8);
        String configDigest = Sha256.of(config);
        byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + OCI + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest + "\",\"size\":"
                + config.length + "},\"layers\":[]}").getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < repos.size(); i += SCOPES_PER_TOKEN) {
                List<String> chunk = repos.subList(i, Math.min(repos.size(), i + SCOPES_PER_TOKEN));
                String token = token(chunk);
                for (String repo : chunk) {
                    work.add(pool.submit(() -> {
                        send("POST", "/v2/" + repo + "/blobs/uploads/?digest=" + configDigest, token,
                                "application/octet-stream", config, 201);
                        send("PUT", "/v2/" + repo + "/manifests/" + tag, token, OCI, manifest, 201);
                        return null;
                    }));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String token(List<String> repos) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder("/service/token?service=harbor-registry");
        for (String r : repos) {
            query.append("&scope=repository:").append(r).append(":push,pull");
        }
        return api.expect(200, "GET", query.toString(), authorization, null).path("token").asText();
    }

    private void send(String method, String path, String token, String type, byte[] body, int status)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != status) {
            throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
