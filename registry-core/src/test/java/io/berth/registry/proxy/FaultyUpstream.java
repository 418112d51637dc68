package io.berth.registry.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.berth.testsupport.files.Trees;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving upstream: {@code rl/*} answers 429, {@code err/*} 500, {@code bad/*} sends content
 * that does not match the digest it names, {@code bigbad/*} 4 MiB of such blob content. Counts requests per path.
 */
public class FaultyUpstream implements QuarkusTestResourceLifecycleManager {

    static final String MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:"
            + "a".repeat(64) + "\",\"size\":2},\"layers\":[]}";
    static final String WRONG = "sha256:" + "b".repeat(64);
    static final int BIG_BAD = 4 * 1024 * 1024;
    static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    private HttpServer server;
    private Path storage;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v2/", this::handle);
            server.start();
            storage = Files.createTempDirectory("berth-faulty");
            return Map.of("proxy.remoteurl", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "storage.filesystem.rootdirectory", storage.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        HITS.computeIfAbsent(ex.getRequestMethod() + " " + path, k -> new AtomicInteger()).incrementAndGet();
        ex.getRequestBody().readAllBytes();
        if (path.startsWith("/v2/rl/")) {
            ex.sendResponseHeaders(429, -1);
        } else if (path.startsWith("/v2/err/")) {
            ex.sendResponseHeaders(500, -1);
        } else if (path.startsWith("/v2/bad/") && path.contains("/manifests/")) {
            byte[] body = MANIFEST.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/vnd.oci.image.manifest.v1+json");
            ex.getResponseHeaders().add("Docker-Content-Digest", WRONG);
            send(ex, body);
        } else if (path.startsWith("/v2/bigbad/") && path.contains("/blobs/")) {
            send(ex, new byte[BIG_BAD]); // larger than what a tee holds back: bytes reach the client
        } else if (path.startsWith("/v2/bad/") && path.contains("/blobs/")) {
            send(ex, "not the blob you asked for".getBytes(StandardCharsets.UTF_8));
        } else {
            ex.sendResponseHeaders(404, -1);
        }
        ex.close();
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().add("Content-Length", String.valueOf(body.length));
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        Trees.deleteQuietly(storage);
    }
}
