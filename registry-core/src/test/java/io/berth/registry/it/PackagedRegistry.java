package io.berth.registry.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged registry-core started as its own JVM with a distribution-style config.yml. It
 * listens on a port the system gives it (port 0), read back from its start-up line, so nothing
 * can take the port between choosing and binding it; a restart gets a new one.
 */
final class PackagedRegistry implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");

    final Path dir;
    final Path storage;
    private final String heap;
    private Process process;
    private int port;
    private long fileSizeLimitKiB;

    PackagedRegistry(Path dir, String heap) throws IOException {
        // events go to the discard port: refused, so they wait in the journal
        this(dir, heap, "http://127.0.0.1:9/internal/v1/events");
    }

    /** {@code eventsUrl}: the notification endpoint {@code core}. */
    PackagedRegistry(Path dir, String heap, String eventsUrl) throws IOException {
        this.dir = dir;
        this.storage = dir.resolve("storage");
        this.heap = heap;
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
                      url: %s
                      timeout: 30s
                      backoff: 1s
                berth:
                  internal-secret-file: %s
                  outbox-dir: %s
                quarkus:
                  http: {host: 127.0.0.1, port: 0}
                  log:
                    console:
                      enable: true
                """.formatted(storage, eventsUrl, dir.resolve("internal_secret"), dir.resolve("outbox")));
    }

    /** Events the journal holds for the endpoint {@code core}, from the registry's metrics. */
    double pendingEvents() throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base() + "/q/metrics").toURL().openConnection();
        try (var in = c.getInputStream()) {
            Matcher m = Pattern.compile("berth_events_pending\\{endpoint=\"core\"[^}]*} (\\S+)")
                    .matcher(new String(in.readAllBytes()));
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws Exception {
        Path log = dir.resolve("registry.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        process = launch();
        long deadline = System.currentTimeMillis() + 120_000;
        port = 0;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("registry exited: " + Files.readString(log));
            }
            if (port == 0) {
                Matcher m = LISTENING.matcher(Files.readString(log).substring((int) logStart));
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            } else if (answers()) {
                return;
            }
            Thread.sleep(50); // polling interval of the wait for the start-up line and /v2/
        }
        throw new IllegalStateException("registry did not start: " + Files.readString(log));
    }

    /**
     * No file the registry writes may grow past {@code kib} KiB from the next start on (the
     * shell's {@code ulimit -f}): a write beyond fails with EFBIG, as on a full disk.
     */
    void limitFileSize(long kib) {
        this.fileSizeLimitKiB = kib;
    }

    /** Starts the JVM without waiting for it to serve. */
    Process launch() throws IOException {
        String jar = System.getProperty("registry.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                "-Dquarkus.config.locations=" + dir.resolve("config.yml"), "-jar", jar));
        if (fileSizeLimitKiB > 0) {
            // the JVM ignores SIGXFSZ, so the write that crosses the limit fails instead of killing it
            cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKiB + " && exec \"$@\"", "bash"));
            cmd.addAll(List.of("java", "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData",
                    "-Dquarkus.config.locations=" + dir.resolve("config.yml"), "-jar", jar));
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("registry.log").toFile())).start();
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base() + "/v2/").toURL().openConnection();
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false; // not up yet
        }
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
