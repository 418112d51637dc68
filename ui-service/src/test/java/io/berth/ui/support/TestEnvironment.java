package io.berth.ui.support;

import io.berth.tools.localdb.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What ui-service needs around it in tests: a real embedded MariaDB with a fresh
 * {@code berth_core} schema, the internal secret and token certificate files, and the
 * collaborator server ({@link FakeAuthService}). The session signing key is left in a file so
 * tests can mint session JWTs ({@code berth.test.session-key-file}).
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    private static final String DB_PASSWORD = "test-root-Pw1";

    private EmbeddedMariaDb db;
    private TcpRelay dbRelay;
    private FakeAuthService collaborators;

    @Override
    public Map<String, String> start() {
        try {
            Path root = Path.of("target", "test-env").toAbsolutePath();
            // keep the unpacked server (mariadb/base) between runs; everything else starts fresh
            wipe(root.resolve("mariadb").resolve("data"));
            wipe(root.resolve("mariadb").resolve("tmp"));
            Files.deleteIfExists(root.resolve("token.p12"));
            Files.createDirectories(root);
            String secret = UUID.randomUUID().toString();
            Path secretFile = Files.writeString(root.resolve("internal_secret"), secret + "\n");
            Path keyFile = root.resolve("session.key");
            Path certFile = root.resolve("root.crt");
            makeKeyPair(root, keyFile, certFile);

            db = startDb(root.resolve("mariadb"));
            db.createDatabase("berth_core");
            collaborators = new FakeAuthService(secret);
            // ui-service reaches the database through a relay a test may cut (an outage)
            dbRelay = new TcpRelay(db.port());
            collaborators.relay("database", dbRelay);

            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", "jdbc:mariadb://127.0.0.1:" + dbRelay.port() + "/berth_core");
            config.put("quarkus.datasource.username", "root");
            config.put("quarkus.datasource.password", DB_PASSWORD);
            config.put("ui.auth-url", collaborators.baseUrl());
            config.put("ui.registry-url", collaborators.baseUrl() + "/registry");
            config.put("ui.log-health-url", collaborators.baseUrl() + "/log");
            config.put("ui.internal-secret-file", secretFile.toString());
            config.put("ui.token-certificate-file", certFile.toString());
            config.put("ui.external-url", "http://berth.test:8080");
            // harbor.cfg's ldap_basedn as prepare writes it: the default /configurations shows
            config.put("ui.ldap.base-dn", "uid=%s,dc=int32bit,dc=com");
            config.put("berth.test.session-key-file", keyFile.toString());
            return config;
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("failed to start the test environment", e);
        }
    }

    /** keytool makes the self-signed certificate, as prepare does with its own code. */
    private static void makeKeyPair(Path root, Path keyFile, Path certFile) throws Exception {
        Path store = root.resolve("token.p12");
        char[] pass = "changeit".toCharArray();
        Process p = new ProcessBuilder("keytool", "-genkeypair", "-alias", "token", "-keyalg", "RSA",
                "-keysize", "2048", "-sigalg", "SHA256withRSA", "-dname", "CN=harbor-token-issuer",
                "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            ks.load(in, pass);
        }
        PrivateKey key = (PrivateKey) ks.getKey("token", pass);
        Certificate cert = ks.getCertificate("token");
        Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
        Files.writeString(certFile, pem("CERTIFICATE", cert.getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /**
     * mariadbd takes a port number, not a bound socket: a port found free may be taken before it
     * binds, so a failed start is retried on another port with a fresh data folder.
     */
    private static EmbeddedMariaDb startDb(Path folder) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return EmbeddedMariaDb.start(folder, freePort(), DB_PASSWORD);
            } catch (Exception e) {
                last = e;
                wipe(folder.resolve("data"));
                wipe(folder.resolve("tmp"));
            }
        }
        throw last;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void wipe(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Override
    public void stop() {
        if (collaborators != null) {
            collaborators.close();
        }
        if (dbRelay != null) {
            dbRelay.close();
        }
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                // the JVM ends right after; nothing more to do
            }
        }
    }
}
