package io.berth.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code target/quarkus-app/quarkus-run.jar}) in its own JVM, started
 * the way deployments start it: {@code -Dquarkus.config.locations=<file>}.
 */
public final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private GatewayProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the gateway on a free loopback port with {@code upstream} behind every route, plus
     * {@code more} properties and the extra JVM options; waits until ready.
     */
    public static GatewayProcess inFrontOf(EchoUpstream upstream, String name, Map<String, String> more,
            List<String> jvmOptions) throws IOException, InterruptedException {
        Map<String, String> properties = new HashMap<>(Map.of(
                "quarkus.http.host", "127.0.0.1",
                "quarkus.http.port", String.valueOf(freePort()),
                "gateway.registry-url", upstream.url(),
                "gateway.ui-url", upstream.url(),
                "gateway.auth-url", upstream.url()));
        properties.putAll(more);
        return start(name, properties, jvmOptions);
    }

    /** Starts the gateway with {@code properties} and the extra JVM options, waits until ready. */
    public static GatewayProcess start(String name, Map<String, String> properties, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("package the gateway first: " + jar + " is missing");
        }
        Path work = Files.createDirectories(Path.of("target", "it", name).toAbsolutePath());
        Path config = work.resolve("application.properties");
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(config, text);
        int port = Integer.parseInt(properties.get("quarkus.http.port"));

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-Dquarkus.config.locations=" + config);
        command.add("-jar");
        command.add(jar.toString());
        Path log = work.resolve("gateway.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        GatewayProcess gateway = new GatewayProcess(process, log, port);
        gateway.awaitReady();
        if (properties.containsKey("quarkus.http.ssl-port")) {
            gateway.awaitListening(Integer.parseInt(properties.get("quarkus.http.ssl-port")));
        }
        return gateway;
    }

    public int port() {
        return port;
    }

    /** The gateway's open file descriptors (sockets, pipes, files), from /proc. */
    public long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
            return fds.count();
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("gateway exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                // with HTTPS configured the plain port redirects everything, health included
                if (ready.statusCode() == 200 || ready.statusCode() == 301) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("gateway not ready in 120 s:\n" + log());
    }

    private void awaitListening(int sslPort) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", sslPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("gateway HTTPS port " + sslPort + " not listening:\n" + log());
    }

    /** A port nobody listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
