package io.berth.registry.proxy;

import java.io.IOException;
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

/** Debian's real {@code docker-registry} (distribution 2.8) as a child process on a loopback port. */
final class UpstreamRegistry implements AutoCloseable {

    static final String USER = "mirror";
    static final String PASSWORD = "s3cret-pass";

    private final Path dir;
    private final int port;
    private final boolean basicAuth;
    private final TokenServer tokens;
    private final Path log;
    private Process process;

    /** An open upstream, or one requiring Basic auth, or (with {@code tokens}) Bearer tokens from that server. */
    UpstreamRegistry(Path dir, boolean basicAuth, TokenServer tokens) throws IOException {
        this.dir = dir;
        this.basicAuth = basicAuth;
        this.tokens = tokens;
        this.log = dir.resolve("registry.log");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    String hostPort() {
        return "127.0.0.1:" + port;
    }

    String url() {
        return "http://" + hostPort();
    }

    /** skopeo's --dest-creds for pushing, or null for the open registry. */
    String creds() {
        return basicAuth || tokens != null ? USER + ":" + PASSWORD : null;
    }

    void start() throws Exception {
        Files.createDirectories(dir.resolve("storage"));
        StringBuilder yml = new StringBuilder("""
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
                """.formatted(dir.resolve("storage"), hostPort()));
        if (basicAuth) {
            Path htpasswd = dir.resolve("htpasswd");
            Process p = new ProcessBuilder("htpasswd", "-Bbn", USER, PASSWORD).redirectErrorStream(true).start();
            byte[] line = p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("htpasswd failed: " + new String(line, StandardCharsets.UTF_8));
            }
            Files.write(htpasswd, line);
            yml.append("auth:\n  htpasswd:\n    realm: upstream\n    path: ").append(htpasswd).append('\n');
        }
        if (tokens != null) {
            yml.append("auth:\n  token:\n    realm: ").append(tokens.realm()).append("\n    service: ")
                    .append(TokenServer.SERVICE).append("\n    issuer: ").append(TokenServer.ISSUER)
                    .append("\n    rootcertbundle: ").append(tokens.keys.certPem).append('\n');
        }
        Path config = dir.resolve("config.yml");
        Files.writeString(config, yml);
        process = new ProcessBuilder(List.of("docker-registry", "serve", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                int s = http.send(HttpRequest.newBuilder(URI.create(url() + "/v2/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (s == 200 || s == 401) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("docker-registry did not start:\n" + Files.readString(log));
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** Access-log lines of completed requests with this method and path. */
    long requests(String method, String path) throws IOException {
        String needle = "\"" + method + " " + path + " HTTP";
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(needle)).count();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
