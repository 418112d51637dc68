package io.berth.tools.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The generated compose file as the real docker-compose (1.29 needs no engine for {@code config})
 * resolves it, compared as a structure; and the health checks it carries run with bash against
 * real servers.
 */
class ComposeFileTest {

    private static final List<String> SERVICES = List.of("log", "db", "registry", "ui", "auth", "gateway");

    @TempDir
    Path dir;

    @Test
    void everyServiceIsHealthCheckedStartsAfterWhatItNeedsAndLogsThroughOnePath() throws Exception {
        Map<String, Object> services = services(resolved(Map.of("hostname", "reg.example.com:5443",
                "db_password", "Compose-Test-1", "data_volume", dir.resolve("volumes").toString())));
        assertEquals(new TreeSet<>(SERVICES), new TreeSet<>(services.keySet()));

        assertEquals(Map.of(), map(services.get("log")).getOrDefault("depends_on", Map.of()));
        assertEquals(healthy("log"), map(services.get("db")).get("depends_on"));
        assertEquals(healthy("log"), map(services.get("registry")).get("depends_on"));
        assertEquals(healthy("log", "db"), map(services.get("ui")).get("depends_on"));
        assertEquals(healthy("log", "db"), map(services.get("auth")).get("depends_on"));
        assertEquals(healthy("log", "registry", "ui", "auth"), map(services.get("gateway")).get("depends_on"));

        assertEquals(List.of("CMD-SHELL", "MYSQL_PWD=\"$$MARIADB_ROOT_PASSWORD\" mariadb-admin ping --host=127.0.0.1"
                + " --user=root --silent"), healthTest(services, "db"));
        Map<String, Integer> readyPorts = Map.of("log", 8084, "registry", 5000, "ui", 8080, "auth", 8080, "gateway", 8080);
        readyPorts.forEach((service, port) -> assertEquals(new Yaml().load(ComposeFile.httpReady(port)),
                healthTest(services, service), service + " checks its own port"));
        for (String service : SERVICES) {
            assertEquals("always", map(services.get(service)).get("restart"), service + " comes back when it dies");
            Map<String, Object> health = map(map(services.get(service)).get("healthcheck"));
            assertEquals("5s", health.get("interval"), service);
            assertEquals("5m", health.get("start_period"), service);
        }

        // Docker's syslog driver ships every console but the log container's (it receives them)
        assertEquals(null, map(services.get("log")).get("logging"));
        for (String service : SERVICES.subList(1, SERVICES.size())) {
            assertEquals(Map.of("driver", "syslog", "options", Map.of("syslog-address", "tcp://127.0.0.1:1514", "tag", service)),
                    map(services.get(service)).get("logging"), service);
        }

        // only the gateway publishes, on hostname's port; the log container's syslog port on the host's loopback
        assertEquals(List.of(Map.of("published", 5443, "target", 8080)), map(services.get("gateway")).get("ports"));
        assertEquals(List.of("127.0.0.1:1514:1514/tcp", "127.0.0.1:1514:1514/udp"), map(services.get("log")).get("ports"));
        for (String service : List.of("db", "registry", "ui", "auth")) {
            assertEquals(null, map(services.get(service)).get("ports"), service);
        }

        // what is kept lives under data_volume
        Path volumes = dir.resolve("volumes");
        assertTrue(volumes(services, "registry").contains(volumes.resolve("registry") + ":/storage:z"));
        assertTrue(volumes(services, "db").contains(volumes.resolve("database") + ":/var/lib/mysql:z"));
        assertTrue(volumes(services, "log").contains(volumes.resolve("logs") + ":/var/log/berth:z"));
        assertEquals("mariadb:10.11", map(services.get("db")).get("image"));
        assertEquals(Map.of("MARIADB_ROOT_PASSWORD", "Compose-Test-1", "MYSQL_ROOT_PASSWORD", "Compose-Test-1"),
                map(services.get("db")).get("environment"));

        for (String service : List.of("gateway", "registry", "ui", "auth", "log")) {
            assertEquals(JvmOptions.of(service) + " -Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                    map(map(services.get(service)).get("environment")).get("JAVA_OPTS_APPEND"), service + "'s JVM options");
        }
    }

    @Test
    void withoutAPortInHostnameTheGatewayPublishes80Only() throws Exception {
        Map<String, Object> services = services(resolved(Map.of("hostname", "reg.example.com",
                "data_volume", dir.resolve("volumes").toString())));
        assertEquals(List.of(Map.of("published", 80, "target", 8080)), map(services.get("gateway")).get("ports"));
    }

    @Test
    void httpsPublishes443And80AndMountsTheCertificate() throws Exception {
        Path cert = Files.writeString(dir.resolve("server.crt"), "cert");
        Path key = Files.writeString(dir.resolve("server.key"), "key");
        Map<String, Object> services = services(resolved(Map.of("ui_url_protocol", "https", "hostname", "reg.example.com",
                "ssl_cert", cert.toString(), "ssl_cert_key", key.toString(), "data_volume", dir.resolve("volumes").toString())));
        Map<String, Object> gateway = map(services.get("gateway"));
        assertEquals(List.of(Map.of("published", 443, "target", 8443), Map.of("published", 80, "target", 8080)),
                gateway.get("ports"));
        assertTrue(volumes(services, "gateway").contains(cert + ":/etc/berth/gateway/tls/server.crt:ro"), gateway.toString());
        assertEquals(new Yaml().load(ComposeFile.httpsReady(8443)), healthTest(services, "gateway"));
        String properties = Files.readString(dir.resolve("gen/gateway/application.properties"));
        assertTrue(properties.contains("quarkus.http.insecure-requests=redirect"), properties);
        assertTrue(properties.contains("quarkus.http.ssl.certificate.files=/etc/berth/gateway/tls/server.crt"), properties);
    }

    @Test
    void httpsOnAnotherPortPublishesThatPortOnly() throws Exception {
        Path cert = Files.writeString(dir.resolve("server.crt"), "cert");
        Path key = Files.writeString(dir.resolve("server.key"), "key");
        Map<String, Object> services = services(resolved(Map.of("ui_url_protocol", "https", "hostname", "reg.example.com:9443",
                "ssl_cert", cert.toString(), "ssl_cert_key", key.toString(), "data_volume", dir.resolve("volumes").toString())));
        assertEquals(List.of(Map.of("published", 9443, "target", 8443)), map(services.get("gateway")).get("ports"));
    }

    /** The health check's bash succeeds on 200 only: against real servers on free ports. */
    @Test
    void theHttpHealthCheckPassesOnlyWhenReadyAnswers200() throws Exception {
        AtomicInteger status = new AtomicInteger(503);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/q/health/ready", ex -> {
            ex.sendResponseHeaders(status.get(), -1);
            ex.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertEquals(1, runCheck(ComposeFile.httpReady(port)), "503 while starting");
            status.set(200);
            assertEquals(0, runCheck(ComposeFile.httpReady(port)), "200 once ready");
        } finally {
            server.stop(0);
        }
        // bound but not listening: refused, and no other program can take the port meanwhile
        try (Socket closed = new Socket()) {
            closed.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertEquals(1, runCheck(ComposeFile.httpReady(closed.getLocalPort())), "nothing listening");
        }
    }

    @Test
    void theHttpsHealthCheckPassesOnlyWhenReadyAnswers200() throws Exception {
        AtomicInteger status = new AtomicInteger(503);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
        server.createContext("/q/health/ready", ex -> {
            ex.sendResponseHeaders(status.get(), -1);
            ex.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertEquals(1, runCheck(ComposeFile.httpsReady(port)), "503 while starting");
            status.set(200);
            assertEquals(0, runCheck(ComposeFile.httpsReady(port)), "200 once ready");
        } finally {
            server.stop(0);
        }
    }

    /** Runs a generated healthcheck test (YAML flow sequence ["CMD", "bash", "-c", script]) as Docker would. */
    private int runCheck(String test) throws Exception {
        List<?> command = new Yaml().load(test);
        assertEquals(List.of("CMD", "bash", "-c"), command.subList(0, 3));
        Process p = new ProcessBuilder("bash", "-c", unescape((String) command.get(3))).redirectErrorStream(true)
                .redirectOutput(dir.resolve("check.out").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the check did not end");
        return p.exitValue();
    }

    /** What the container sees of a compose string: "$$" stands for "$". */
    private static String unescape(String composeText) {
        return composeText.replace("$$", "$");
    }

    private static Map<String, Object> healthy(String... services) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (String s : services) {
            m.put(s, Map.of("condition", "service_healthy"));
        }
        return m;
    }

    private static Object healthTest(Map<String, Object> services, String service) {
        return map(map(services.get(service)).get("healthcheck")).get("test");
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumes(Map<String, Object> services, String service) {
        return (List<String>) map(services.get(service)).get("volumes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    private static Map<String, Object> services(Map<String, Object> resolved) {
        return map(resolved.get("services"));
    }

    /** prepare's compose file as {@code docker-compose config} resolves it. */
    private Map<String, Object> resolved(Map<String, String> cfg) throws IOException, InterruptedException {
        Path conf = PrepareRun.writeCfg(dir, cfg);
        PrepareRun prepare = PrepareRun.run(dir, "--conf", conf.toString(), "--out", "gen");
        assertEquals(0, prepare.exit, prepare.toString());
        Path file = dir.resolve("gen/docker-compose.yml");
        // docker-compose's YAML reader keeps the last of two equal keys without a word: a strict read first
        LoaderOptions strict = new LoaderOptions();
        strict.setAllowDuplicateKeys(false);
        new Yaml(strict).load(Files.readString(file));
        Process p = new ProcessBuilder("docker-compose", "-f", file.toString(), "config")
                .redirectError(dir.resolve("config.err").toFile()).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "docker-compose config timed out");
        assertEquals(0, p.exitValue(), "docker-compose config rejected " + file + ":\n" + Files.readString(dir.resolve("config.err")));
        return new Yaml().load(output);
    }

    private SSLContext selfSigned() throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost", "-validity", "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.out").toFile()).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS), "keytool timed out");
        assertEquals(0, keytool.exitValue(), Files.readString(dir.resolve("keytool.out")));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
