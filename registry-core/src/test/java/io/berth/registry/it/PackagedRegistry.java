package io.berth.registry.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged registry-core started as its own JVM with a distribution-style config.yml. */
final class PackagedRegistry implements AutoCloseable {

    final Path dir;
    final Path storage;
    final int port;
    private final String heap;
    private Process process;

    PackagedRegistry(Path dir, String heap) throws IOException {
        this.dir = dir;
        this.storage = dir.resolve("storage");
        this.heap = heap;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        Files.createDirectories(storage);
        Files.writeString(dir.resolve("internal_secret"), "it-secret\n");
        Files.writeString(dir.resolve("config.yml"), """
                version: 0.1
                log:
                  level: info
                storage:
                  filesystem: {rootdirectory: %s, maxthreads: 100}
                  cache: {blobdescriptor: inmemory}
                  redirect: {disable: true}
                  delete: {enabled: true}
                  maintenance:
                    uploadpurging: {enabled: true, age: 168h, interval: 24h, dryrun: false}
                notifications:
                  endpoints:
                    - name: core
                      url: http://127.0.0.1:9/internal/v1/events
                      timeout: 1s
                      backoff: 1s
                berth:
                  internal-secret-file: %s
                  outbox-dir: %s
                quarkus:
                  http: {host: 127.0.0.1, port: %d}
                  log:
                    console:
                      enable: true
                """.formatted(storage, dir.resolve("internal_secret"), dir.resolve("outbox"), port));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws Exception {
        String jar = System.getProperty("registry.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                "-Dquarkus.config.locations=" + dir.resolve("config.yml"), "-jar", jar));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("registry.log").toFile())).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("registry exited: " + Files.readString(dir.resolve("registry.log")));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(base() + "/v2/").toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("registry did not start: " + Files.readString(dir.resolve("registry.log")));
    }

    /** kill -9: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
