package io.berth.testsupport.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's stock CNCF distribution registry ({@code docker-registry}, 2.8) as a child process on
 * a free loopback port, with filesystem storage and its log (access log included) in a folder of
 * its own. The caller adds the {@code auth:} section (or none, or {@link #htpasswd}); {@link #stop()}
 * and {@link #restart()} take it down and up again on the same port and storage (an upstream going
 * away and coming back); {@link #close()} stops the process. {@link #startTls} serves https with a
 * self-signed certificate.
 */
public final class DistributionRegistry implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 30;

    private final Path dir;
    private final int port;
    private final Path log;
    private final boolean tls;
    private String authSection = "";
    private Process process;

    private DistributionRegistry(Path dir, int port, boolean tls) {
        this.dir = dir;
        this.port = port;
        this.tls = tls;
        this.log = dir.resolve("registry.log");
    }

    /**
     * Writes {@code config.yml} into {@code dir} and starts the registry; {@code authSection} is
     * YAML appended as is (e.g. {@code "auth:\n  token:\n    realm: ...\n"}), or empty.
     */
    public static DistributionRegistry start(Path dir, String authSection) throws IOException, InterruptedException {
        return start(dir, authSection, false);
    }

    /**
     * The same over https with a self-signed certificate made by openssl for 127.0.0.1
     * ({@link #certificate()}): clients that verify certificates refuse it unless they trust that file.
     */
    public static DistributionRegistry startTls(Path dir, String authSection) throws IOException, InterruptedException {
        return start(dir, authSection, true);
    }

    private static DistributionRegistry start(Path dir, String authSection, boolean tls)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DistributionRegistry registry = new DistributionRegistry(Files.createDirectories(dir), port, tls);
        if (tls) {
            registry.makeCertificate();
        }
        registry.run(authSection);
        return registry;
    }

    /** The PEM certificate of a TLS registry. */
    public Path certificate() {
        return dir.resolve("tls.crt");
    }

    private void makeCertificate() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", dir.resolve("tls.key").toString(), "-out", certificate().toString(), "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1")
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("openssl failed: " + new String(out, StandardCharsets.UTF_8));
        }
    }

    /** A client trusting exactly this registry's certificate (the JDK's default one for http). */
    private HttpClient probeClient() throws IOException {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (!tls) {
            return b.build();
        }
        try (InputStream in = Files.newInputStream(certificate())) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("registry", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            return b.sslContext(ssl).build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust " + certificate(), e);
        }
    }

    public String hostPort() {
        return "127.0.0.1:" + port;
    }

    public String url() {
        return (tls ? "https://" : "http://") + hostPort();
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
                """.formatted(storage, hostPort()) + (tls ? """
                  tls:
                    certificate: %s
                    key: %s
                """.formatted(certificate(), dir.resolve("tls.key")) : "") + authSection;
        Path config = dir.resolve("config.yml");
        Files.writeString(config, yml);
        process = new ProcessBuilder(List.of("docker-registry", "serve", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = probeClient();
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
