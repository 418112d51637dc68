package io.berth.testsupport.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's stock CNCF distribution registry ({@code docker-registry}, 2.8) as a child process on
 * a free loopback port, with filesystem storage and its log (access log included) in a folder of
 * its own. The caller adds the {@code auth:} section (or none, or {@link #htpasswd}); {@link #stop()}
 * and {@link #restart()} take it down and up again on the same port and storage (an upstream going
 * away and coming back); {@link #close()} stops the process.
 */
public final class DistributionRegistry implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 30;

    private final Path dir;
    private final int port;
    private final Path log;
    private String authSection = "";
    private Process process;

    private DistributionRegistry(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.log = dir.resolve("registry.log");
    }

    /**
     * Writes {@code config.yml} into {@code dir} and starts the registry; {@code authSection} is
     * YAML appended as is (e.g. {@code "auth:\n  token:\n    realm: ...\n"}), or empty.
     */
    public static DistributionRegistry start(Path dir, String authSection) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DistributionRegistry registry = new DistributionRegistry(Files.createDirectories(dir), port);
        registry.run(authSection);
        return registry;
    }

    public String hostPort() {
        return "127.0.0.1:" + port;
    }

    public String url() {
        return "http://" + hostPort();
    }

    /** The registry's own log (access log included), for failure messages. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /**
     * Writes an htpasswd file (bcrypt, via Apache's {@code htpasswd}) for one user into {@code dir}
     * and returns the {@code auth:} section that makes the registry require it.
     */
    public static String htpasswd(Path dir, String user, String password) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("htpasswd", "-Bbn", user, password).redirectErrorStream(true).start();
        byte[] line = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("htpasswd failed: " + new String(line, StandardCharsets.UTF_8));
        }
        Path file = Files.write(Files.createDirectories(dir).resolve("htpasswd-" + user), line);
        return "auth:\n  htpasswd:\n    realm: upstream\n    path: " + file + "\n";
    }

    /**
     * Completed requests with this method and exact path, counted in the access log (one line
     * per request, written when it ends): e.g. how often a blob was fetched.
     */
    public long requests(String method, String path) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        String needle = "\"" + method + " " + path + " HTTP/";
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(needle)).count();
        }
    }

    /** Stops the process; {@link #restart()} brings it back with the same port, storage and auth. */
    public void stop() throws InterruptedException {
        close();
    }

    public void restart() throws IOException, InterruptedException {
        if (process == null) {
            run(authSection);
        }
    }

    private void run(String authSection) throws IOException, InterruptedException {
        this.authSection = authSection;
        Path storage = Files.createDirectories(dir.resolve("storage"));
        String yml = """
                version: 0.1
                log:
                  level: info
                  accesslog:
                    disabled: false
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: true
                http:
                  addr: %s
                """.formatted(storage, hostPort()) + authSection;
        Path config = dir.resolve("config.yml");
        Files.writeString(config, yml);
        process = new ProcessBuilder(List.of("docker-registry", "serve", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url() + "/v2/")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited:\n" + log());
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("docker-registry did not start:\n" + log());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }
}
