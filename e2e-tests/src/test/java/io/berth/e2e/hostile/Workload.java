package io.berth.e2e.hostile;

import io.berth.e2e.support.HarborApi;
import io.berth.testsupport.image.Sha256;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes, pulls and REST API writes through the gateway, each on its own thread, retried whatever
 * fails on the way: it is the traffic a part is killed under. Each thread works while its count of
 * successes is below the demand the test sets ({@link #demand}) and waits otherwise, so the load
 * stays small on a busy machine and every acknowledged write can be checked. It keeps what was
 * acknowledged (a manifest PUT answered 201, a project or user POST answered 201), so the test can
 * demand that none of it is lost, and any pull answered 200 with bytes not matching their digest
 * (something half-written served). Pushes use chunked uploads of fresh random layers; tokens
 * are taken once, so pushes and pulls do not need auth-service or ui-service while they run.
 */
final class Workload implements AutoCloseable {

    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String PROJECT = "fault";
    static final int REPOSITORIES = 8;
    private static final int LAYER_BYTES = 96 * 1024;

    /** A push the registry acknowledged: its tag names this manifest, made of these blobs. */
    record Push(String repository, String tag, String manifestDigest, List<String> blobs) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String gateway;
    private final String admin;
    private final String pushToken;
    private final String pullToken;
    private final String seedRepository;
    private final String seedTag;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final Random random = new Random(23);
    private final AtomicInteger serial = new AtomicInteger();
    /** Guards the targets; the threads wait on it while they have met theirs. */
    private final Object lock = new Object();
    private int pushTarget;
    private int pullTarget;
    private int apiTarget;

    final List<Push> pushes = new CopyOnWriteArrayList<>();
    final List<String> projects = new CopyOnWriteArrayList<>();
    final List<String> users = new CopyOnWriteArrayList<>();
    final List<String> servedBroken = new CopyOnWriteArrayList<>();
    final AtomicInteger pushAttempts = new AtomicInteger();
    final AtomicInteger apiAttempts = new AtomicInteger();
    final AtomicInteger pulls = new AtomicInteger();

    Workload(String gateway, String admin, String pushToken, String pullToken, String seedRepository, String seedTag) {
        this.gateway = gateway;
        this.admin = admin;
        this.pushToken = pushToken;
        this.pullToken = pullToken;
        this.seedRepository = seedRepository;
        this.seedTag = seedTag;
    }

    void start() {
        threads.add(loop("fault-push", this::push, () -> pushes.size() >= pushTarget));
        threads.add(loop("fault-pull", this::pull, () -> pulls.get() >= pullTarget));
        threads.add(loop("fault-api", this::apiWrite, () -> projects.size() + users.size() >= apiTarget));
    }

    /** Each thread works on until it has {@code more} successes beyond the ones it has now. */
    void demand(int more) {
        synchronized (lock) {
            pushTarget = pushes.size() + more;
            pullTarget = pulls.get() + more;
            apiTarget = projects.size() + users.size() + more;
            lock.notifyAll();
        }
    }

    private Thread loop(String name, Step step, java.util.function.BooleanSupplier satisfied) {
        Thread t = new Thread(() -> {
            while (running.get()) {
                try {
                    synchronized (lock) {
                        while (running.get() && satisfied.getAsBoolean()) {
                            lock.wait();
                        }
                    }
                    if (running.get()) {
                        step.run();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception refusedOrCut) {
                    // the part under test is down or was killed mid-request: try again
                    pause();
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void pause() {
        try {
            Thread.sleep(100); // only to not spin on refused connections while a part restarts
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        synchronized (lock) {
            lock.notifyAll();
        }
        for (Thread t : threads) {
            t.join(120_000);
        }
    }

    private void push() throws Exception {
        pushAttempts.incrementAndGet();
        int n = serial.incrementAndGet();
        String repo = PROJECT + "/r" + (n % REPOSITORIES);
        byte[] layer = new byte[LAYER_BYTES];
        synchronized (random) {
            random.nextBytes(layer);
        }
        String layerDigest = Sha256.of(layer);
        byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Labels\":{\"n\":\"" + n + "\"}},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}").getBytes(StandardCharsets.UTF_8);
        String configDigest = Sha256.of(config);
        // the layer in two chunks, the config in one monolithic POST
        HttpResponse<String> session = send("POST", "/v2/" + repo + "/blobs/uploads/", null, null, 202);
        String location = path(session);
        int half = LAYER_BYTES / 2;
        HttpResponse<String> chunk = send("PATCH", location, "application/octet-stream",
                Arrays.copyOfRange(layer, 0, half), 202, "Content-Range", "0-" + (half - 1));
        chunk = send("PATCH", path(chunk), "application/octet-stream", Arrays.copyOfRange(layer, half, LAYER_BYTES), 202,
                "Content-Range", half + "-" + (LAYER_BYTES - 1));
        String put = path(chunk);
        send("PUT", put + (put.contains("?") ? "&" : "?") + "digest=" + layerDigest, null, null, 201);
        send("POST", "/v2/" + repo + "/blobs/uploads/?digest=" + configDigest, "application/octet-stream", config, 201);
        byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + OCI_MANIFEST + "\",\"config\":{\"mediaType\":"
                + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest + "\",\"size\":" + config.length
                + "},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\",\"digest\":\"" + layerDigest
                + "\",\"size\":" + LAYER_BYTES + "}]}").getBytes(StandardCharsets.UTF_8);
        String tag = "t" + n;
        HttpResponse<String> done = send("PUT", "/v2/" + repo + "/manifests/" + tag, OCI_MANIFEST, manifest, 201);
        String digest = done.headers().firstValue("Docker-Content-Digest").orElse("");
        if (!Sha256.of(manifest).equals(digest)) {
            servedBroken.add("manifest PUT " + repo + ":" + tag + " acknowledged with digest " + digest);
        }
        pushes.add(new Push(repo, tag, Sha256.of(manifest), List.of(layerDigest, configDigest)));
    }

    private void pull() throws Exception {
        HttpResponse<byte[]> m = http.send(HttpRequest.newBuilder(URI.create(gateway + "/v2/" + seedRepository + "/manifests/"
                + seedTag)).header("Authorization", "Bearer " + pullToken).header("Accept", OCI_MANIFEST)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (m.statusCode() != 200) {
            throw new IllegalStateException("manifest " + m.statusCode());
        }
        String digest = m.headers().firstValue("Docker-Content-Digest").orElse("");
        if (!Sha256.of(m.body()).equals(digest)) {
            servedBroken.add("pull " + seedRepository + ":" + seedTag + " served bytes of " + Sha256.of(m.body())
                    + " as " + digest);
        }
        for (com.fasterxml.jackson.databind.JsonNode layer : HarborApi.JSON.readTree(m.body()).path("layers")) {
            String blob = layer.path("digest").asText();
            HttpResponse<byte[]> b = http.send(HttpRequest.newBuilder(URI.create(gateway + "/v2/" + seedRepository
                    + "/blobs/" + blob)).header("Authorization", "Bearer " + pullToken).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (b.statusCode() == 200 && !Sha256.of(b.body()).equals(blob)) {
                servedBroken.add("pull of blob " + blob + " served " + b.body().length + " bytes of " + Sha256.of(b.body()));
            }
        }
        pulls.incrementAndGet();
    }

    private void apiWrite() throws Exception {
        int n = apiAttempts.incrementAndGet();
        if (n % 2 == 0) {
            String name = "fp" + n;
            send("POST", "/api/v2.0/projects", "application/json",
                    ("{\"project_name\":\"" + name + "\",\"metadata\":{\"public\":\"false\"}}").getBytes(StandardCharsets.UTF_8),
                    201, "Authorization", admin);
            projects.add(name);
        } else {
            String name = "fu" + n;
            send("POST", "/api/v2.0/users", "application/json", ("{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.com\",\"realname\":\"f\",\"password\":\"Passw0rd1\",\"comment\":\"f\"}")
                    .getBytes(StandardCharsets.UTF_8), 201, "Authorization", admin);
            users.add(name);
        }
    }

    private HttpResponse<String> send(String method, String path, String type, byte[] body, int want, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length == 0 || !"Authorization".equals(headers[0])) {
            b.header("Authorization", "Bearer " + pushToken);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != want) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode());
        }
        return r;
    }

    private static String path(HttpResponse<String> r) {
        URI u = URI.create(r.headers().firstValue("Location").orElseThrow());
        return u.getRawQuery() == null ? u.getRawPath() : u.getRawPath() + "?" + u.getRawQuery();
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
