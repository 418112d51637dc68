package io.berth.testsupport.ldap;

import io.berth.testsupport.files.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away OpenLDAP for tests: its own cn=config (slapd.d) and mdb database in a temp
 * folder, a self-signed certificate for ldaps:// and StartTLS, listening on free loopback ports,
 * started as a child process (never a system service) and killed by pid on {@link #close()}.
 *
 * <p>Recipe (reusable by the e2e tests): slapadd a cn=config with the core, cosine, nis and
 * inetorgperson schemas from /etc/ldap/schema, back_mdb loaded from /usr/lib/ldap, suffix
 * {@value #SUFFIX} with root DN {@value #ROOT_DN}; slapadd the entries; run
 * {@code slapd -d 0 -F <dir>/slapd.d -h "ldap://127.0.0.1:P/ ldaps://127.0.0.1:Q/"}.
 * Needs the Debian packages slapd and ldap-utils; the certificate comes from the JDK's keytool.
 */
public final class SlapdServer implements AutoCloseable {

    public static final String SUFFIX = "dc=int32bit,dc=com";
    public static final String ROOT_DN = "cn=admin," + SUFFIX;
    public static final String ROOT_PASSWORD = "root-Secret-1";

    private static final String SLAPD = "/usr/sbin/slapd";
    private static final String SLAPADD = "/usr/sbin/slapadd";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private final int ldapPort;
    private final int ldapsPort;
    private Process process;

    private SlapdServer(Path dir, int ldapPort, int ldapsPort) {
        this.dir = dir;
        this.ldapPort = ldapPort;
        this.ldapsPort = ldapsPort;
    }

    /** Builds the configuration, loads {@code entriesLdif} (may be empty) and starts slapd. */
    public static SlapdServer start(String entriesLdif) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("berth-slapd-");
        SlapdServer server = new SlapdServer(dir, freePort(), freePort());
        try {
            server.configure(entriesLdif);
            server.launch();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Starts slapd loaded with the test entries in {@code /ldap/seed.ldif} (the seed's {@code test} user and more). */
    public static SlapdServer startWithSeed() throws IOException, InterruptedException {
        try (var in = SlapdServer.class.getResourceAsStream("/ldap/seed.ldif")) {
            if (in == null) {
                throw new IOException("missing test resource /ldap/seed.ldif");
            }
            return start(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public String ldapUrl() {
        return "ldap://127.0.0.1:" + ldapPort;
    }

    public String ldapsUrl() {
        return "ldaps://127.0.0.1:" + ldapsPort;
    }

    public String startTlsUrl() {
        return "ldap+starttls://127.0.0.1:" + ldapPort;
    }

    public int ldapPort() {
        return ldapPort;
    }

    /** The server's self-signed certificate (PEM), for trust tests. */
    public Path certificate() {
        return dir.resolve("tls/cert.pem");
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops slapd (SIGTERM to its pid, then SIGKILL) but keeps the data; {@link #close()} removes it. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** Starts a {@link #stop() stopped} server again on the same ports with the same data. */
    public void restart() throws IOException, InterruptedException {
        if (running()) {
            return;
        }
        launch();
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Trees.deleteQuietly(dir);
    }

    /** An {@code {SSHA}} userPassword value, as slappasswd makes it. */
    public static String ssha(String password) {
        try {
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            sha.update(salt);
            byte[] digest = sha.digest();
            byte[] both = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, both, 0, digest.length);
            System.arraycopy(salt, 0, both, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(both);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void configure(String entriesLdif) throws IOException, InterruptedException {
        Path tls = Files.createDirectories(dir.resolve("tls"));
        Path db = Files.createDirectories(dir.resolve("db"));
        Path conf = Files.createDirectories(dir.resolve("slapd.d"));
        selfSignedCertificate(tls);
        Path config = dir.resolve("config.ldif");
        Files.writeString(config, configLdif(tls, db));
        run(List.of(SLAPADD, "-n", "0", "-F", conf.toString(), "-l", config.toString()));
        Path data = dir.resolve("data.ldif");
        Files.writeString(data, baseLdif() + "\n" + (entriesLdif == null ? "" : entriesLdif));
        run(List.of(SLAPADD, "-F", conf.toString(), "-b", SUFFIX, "-l", data.toString()));
    }

    /** keytool (always in the JDK) makes the pair; slapd wants PEM files, so they are written out. */
    private void selfSignedCertificate(Path tls) throws IOException, InterruptedException {
        Path store = tls.resolve("server.p12");
        String storePassword = "changeit";
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "slapd", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", storePassword, "-keypass", storePassword));
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, storePassword.toCharArray());
            Files.writeString(tls.resolve("cert.pem"), pem("CERTIFICATE", keyStore.getCertificate("slapd").getEncoded()));
            Files.writeString(tls.resolve("key.pem"), pem("PRIVATE KEY", keyStore.getKey("slapd", storePassword.toCharArray()).getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the generated key pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private String configLdif(Path tls, Path db) {
        String schema = "/etc/ldap/schema/";
        return String.join("\n",
                "dn: cn=config",
                "objectClass: olcGlobal",
                "cn: config",
                "olcPidFile: " + dir.resolve("slapd.pid"),
                "olcArgsFile: " + dir.resolve("slapd.args"),
                "olcTLSCertificateFile: " + tls.resolve("cert.pem"),
                "olcTLSCertificateKeyFile: " + tls.resolve("key.pem"),
                "",
                "dn: cn=module{0},cn=config",
                "objectClass: olcModuleList",
                "cn: module{0}",
                "olcModulePath: /usr/lib/ldap",
                "olcModuleLoad: back_mdb",
                "",
                "dn: cn=schema,cn=config",
                "objectClass: olcSchemaConfig",
                "cn: schema",
                "",
                "include: file://" + schema + "core.ldif",
                "",
                "include: file://" + schema + "cosine.ldif",
                "",
                "include: file://" + schema + "nis.ldif",
                "",
                "include: file://" + schema + "inetorgperson.ldif",
                "",
                "dn: olcDatabase={-1}frontend,cn=config",
                "objectClass: olcDatabaseConfig",
                "objectClass: olcFrontendConfig",
                "olcDatabase: {-1}frontend",
                "",
                "dn: olcDatabase={0}config,cn=config",
                "objectClass: olcDatabaseConfig",
                "olcDatabase: {0}config",
                "olcAccess: {0}to * by * none",
                "",
                "dn: olcDatabase={1}mdb,cn=config",
                "objectClass: olcDatabaseConfig",
                "objectClass: olcMdbConfig",
                "olcDatabase: {1}mdb",
                "olcSuffix: " + SUFFIX,
                "olcDbDirectory: " + db,
                "olcDbMaxSize: 67108864",
                "olcRootDN: " + ROOT_DN,
                "olcRootPW: " + ssha(ROOT_PASSWORD),
                "olcDbIndex: objectClass eq",
                "olcDbIndex: uid eq",
                "olcAccess: {0}to attrs=userPassword by self write by anonymous auth by * none",
                "olcAccess: {1}to * by * read",
                "") + "\n";
    }

    private static String baseLdif() {
        return String.join("\n",
                "dn: " + SUFFIX,
                "objectClass: top",
                "objectClass: dcObject",
                "objectClass: organization",
                "o: int32bit",
                "dc: int32bit",
                "") + "\n";
    }

    private void launch() throws IOException, InterruptedException {
        String urls = "ldap://127.0.0.1:" + ldapPort + "/ ldaps://127.0.0.1:" + ldapsPort + "/";
        process = new ProcessBuilder(SLAPD, "-d", "0", "-F", dir.resolve("slapd.d").toString(), "-h", urls)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("slapd.log").toFile())
                .start();
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("slapd exited with " + process.exitValue() + ": " + log());
            }
            if (accepts(ldapPort) && accepts(ldapsPort)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("slapd did not start listening: " + log());
    }

    private String log() throws IOException {
        Path log = dir.resolve("slapd.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "cmd-", ".log");
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command.get(0));
        }
        if (p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed (" + p.exitValue() + "): " + Files.readString(out));
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
