package io.berth.tools.prepare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareOutputTest {

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedLayout() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of());
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        Path gen = dir.resolve("gen");
        for (String f : List.of("docker-compose.yml", "secret/internal_secret", "secret/token/private_key.pem",
                "secret/token/root.crt", "db/env", "gateway/application.properties", "registry/config.yml",
                "ui/application.properties", "auth/application.properties", "log/application.properties")) {
            assertTrue(Files.isRegularFile(gen.resolve(f)), f);
        }
        assertFalse(Files.exists(gen.resolve("local.env")), "local.env is for local mode only");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(gen.resolve("secret/internal_secret"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(gen.resolve("secret/token/private_key.pem"))));
        Properties ui = load(gen.resolve("ui/application.properties"));
        assertEquals("http://localhost:8080", ui.getProperty("ui.external-url"));
        assertEquals("jdbc:mariadb://db:3306/berth_core?createDatabaseIfNotExist=true", ui.getProperty("quarkus.datasource.jdbc.url"));
        // in compose Docker's syslog driver ships the services' consoles: their own handler would send every line twice
        for (String service : List.of("gateway", "ui", "auth")) {
            Properties p = load(gen.resolve(service + "/application.properties"));
            assertEquals("false", p.getProperty("quarkus.log.syslog.enabled"), service);
            assertEquals(null, p.getProperty("quarkus.log.syslog.endpoint"), service);
        }
        Properties log = load(gen.resolve("log/application.properties"));
        assertEquals("true", log.getProperty("quarkus.log.syslog.enabled"), "the log container ships its own lines");
        assertEquals("log:1514", log.getProperty("quarkus.log.syslog.endpoint"));
        assertEquals("log", log.getProperty("quarkus.log.syslog.app-name"));
        Properties auth = load(gen.resolve("auth/application.properties"));
        assertEquals("Harbor12345", auth.getProperty("auth.admin-initial-password"));
        assertEquals("/etc/berth/secret/token/private_key.pem", auth.getProperty("auth.token.private-key-file"));
        // only the gateway's X-Real-IP names a client: login guesses are counted per address
        assertEquals("gateway", auth.getProperty("auth.trusted-proxies"));
        assertEquals("gateway", ui.getProperty("ui.trusted-proxies"));
        String registry = Files.readString(gen.resolve("registry/config.yml"));
        assertTrue(registry.contains("realm: \"http://localhost:8080/service/token\""), registry);
        assertFalse(registry.contains("proxy:"), "no mirror configured");
        assertTrue(registry.contains("    syslog:\n      enabled: false\n"), registry);
        assertEquals("false", ui.getProperty("ui.proxy-mirror"));
        assertEquals("true", ui.getProperty("ui.proxy-create-projects"), "proxy_create_projects defaults on");
    }

    @Test
    void rerunKeepsKeysAndSecretButFollowsTheConfig() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of());
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        Path gen = dir.resolve("gen");
        byte[] secret = Files.readAllBytes(gen.resolve("secret/internal_secret"));
        byte[] key = Files.readAllBytes(gen.resolve("secret/token/private_key.pem"));
        byte[] cert = Files.readAllBytes(gen.resolve("secret/token/root.crt"));
        String compose = Files.readString(gen.resolve("docker-compose.yml"));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        assertArrayEquals(secret, Files.readAllBytes(gen.resolve("secret/internal_secret")));
        assertArrayEquals(key, Files.readAllBytes(gen.resolve("secret/token/private_key.pem")));
        assertArrayEquals(cert, Files.readAllBytes(gen.resolve("secret/token/root.crt")));
        assertEquals(compose, Files.readString(gen.resolve("docker-compose.yml")), "idempotent");

        cfg = PrepareRun.writeCfg(dir, Map.of("token_expiration", "45", "hostname", "reg.example.com"));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        assertArrayEquals(key, Files.readAllBytes(gen.resolve("secret/token/private_key.pem")));
        Properties auth = load(gen.resolve("auth/application.properties"));
        assertEquals("45", auth.getProperty("auth.token.expiration-minutes"));
        assertEquals("http://reg.example.com", auth.getProperty("auth.external-url"));
        try (var siblings = Files.list(dir)) {
            assertEquals(2, siblings.count(), "no staging or old folders left beside the output");
        }
    }

    @Test
    void tokenCertificateIsSelfSignedForThePrivateKey() throws Exception {
        Path cfg = PrepareRun.writeCfg(dir, Map.of());
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(dir.resolve("gen/secret/token/root.crt"))) {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        cert.verify(cert.getPublicKey());
        cert.checkValidity();
        String pem = Files.readString(dir.resolve("gen/secret/token/private_key.pem"));
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), "PKCS#8 PEM");
        String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        // P-256, for ES256 tokens
        assertEquals(256, ((java.security.interfaces.ECPrivateKey) key).getParams().getOrder().bitLength());
        assertEquals("SHA256withECDSA", cert.getSigAlgName());
        Signature sign = Signature.getInstance("SHA256withECDSA");
        sign.initSign(key);
        sign.update("berth".getBytes(StandardCharsets.UTF_8));
        byte[] signature = sign.sign();
        Signature verify = Signature.getInstance("SHA256withECDSA");
        verify.initVerify(cert.getPublicKey());
        verify.update("berth".getBytes(StandardCharsets.UTF_8));
        assertTrue(verify.verify(signature), "certificate belongs to the private key");
    }

    @Test
    void localModeUsesLoopbackAndKeepsItsPorts() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of("hostname", "127.0.0.1:18080"));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--local", "--data", "data").exit);
        Path config = dir.resolve("data/config");
        Map<String, String> env = LocalPorts.readEnv(config.resolve("local.env"));
        assertEquals("18080", env.get("BERTH_GATEWAY_PORT"));
        assertEquals(dir.resolve("data/storage").toString(), env.get("BERTH_STORAGE_DIR"));
        Properties gateway = load(config.resolve("gateway/application.properties"));
        assertEquals("127.0.0.1", gateway.getProperty("quarkus.http.host"));
        assertEquals("18080", gateway.getProperty("quarkus.http.port"));
        assertEquals("http://127.0.0.1:" + env.get("BERTH_REGISTRY_PORT"), gateway.getProperty("gateway.registry-url"));
        Properties ui = load(config.resolve("ui/application.properties"));
        assertEquals(config.resolve("secret/internal_secret").toString(), ui.getProperty("ui.internal-secret-file"));
        assertEquals("true", ui.getProperty("quarkus.log.syslog.enabled"), "locally each service ships its own lines");
        assertEquals("127.0.0.1", ui.getProperty("ui.trusted-proxies"));
        assertEquals("127.0.0.1:" + env.get("BERTH_SYSLOG_PORT"), ui.getProperty("quarkus.log.syslog.endpoint"));
        assertEquals("ui", ui.getProperty("quarkus.log.syslog.app-name"));
        String registry = Files.readString(config.resolve("registry/config.yml"));
        assertTrue(registry.contains("    syslog:\n      enabled: true\n      endpoint: \"127.0.0.1:" + env.get("BERTH_SYSLOG_PORT")),
                registry);
        assertEquals("jdbc:mariadb://127.0.0.1:" + env.get("BERTH_DB_PORT") + "/berth_core?createDatabaseIfNotExist=true",
                ui.getProperty("quarkus.datasource.jdbc.url"));
        for (String part : new String[] {"log", "registry", "auth", "ui", "gateway"}) {
            assertEquals(JvmOptions.of(part), env.get("BERTH_JAVA_OPTS_" + part.toUpperCase(java.util.Locale.ROOT)),
                    "deploy/local starts " + part + " with prepare's JVM options: " + env);
        }
        assertEquals(7, env.keySet().stream().filter(k -> k.endsWith("_PORT"))
                .map(env::get).distinct().count(), "gateway and six internal ports, all different: " + env);

        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--local", "--data", "data").exit);
        assertEquals(env, LocalPorts.readEnv(config.resolve("local.env")), "ports kept on a re-run");
    }

    @Test
    void mirrorSettingsReachTheRegistryConfig() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of("registry_proxy_remoteurl", "https://registry-1.docker.io",
                "registry_proxy_username", "bob", "registry_proxy_password", "pa\"ss${x}",
                "proxy_create_projects", "off"));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        Properties ui = load(dir.resolve("gen/ui/application.properties"));
        assertEquals("true", ui.getProperty("ui.proxy-mirror"));
        assertEquals("false", ui.getProperty("ui.proxy-create-projects"));
        String registry = Files.readString(dir.resolve("gen/registry/config.yml"));
        assertTrue(registry.contains("proxy:\n  remoteurl: \"https://registry-1.docker.io\"\n  username: \"bob\"\n"
                + "  password: \"pa\\\"ss$${x}\""), registry);
    }

    @Test
    void handEditedRegistryTemplateSurvivesPrepare() throws IOException {
        String builtIn = new String(RegistryConfig.class.getResourceAsStream("registry-config.yml").readAllBytes(),
                StandardCharsets.UTF_8);
        Path template = dir.resolve("my-registry.yml");
        Files.writeString(template, builtIn.replace("      age: 168h", "      age: 72h") + "# site note\n");
        Path cfg = PrepareRun.writeCfg(dir, Map.of("registry_config_template", "my-registry.yml"));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        String registry = Files.readString(dir.resolve("gen/registry/config.yml"));
        assertTrue(registry.contains("      age: 72h") && registry.endsWith("# site note\n"), registry);
        assertTrue(registry.contains("rootcertbundle: \"/etc/berth/secret/token/root.crt\""), registry);

        Files.writeString(template, builtIn + "extra: ${nope}\n");
        PrepareRun r = PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("registry_config_template: unknown placeholder ${nope}"), r.toString());
    }

    @Test
    void ldapKeysOnlyInLdapMode() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of());
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "db").exit);
        assertFalse(Files.readString(dir.resolve("db/auth/application.properties")).contains("auth.ldap."));
        assertFalse(Files.readString(dir.resolve("db/ui/application.properties")).contains("ui.ldap."));
        cfg = PrepareRun.writeCfg(dir, Map.of("auth_mode", "ldap_auth", "ldap_url", "ldap://127.0.0.1:3389",
                "ldap_basedn", "uid=%s,dc=example,dc=com", "ldap_scope", "1"));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "ldap").exit);
        Properties auth = load(dir.resolve("ldap/auth/application.properties"));
        assertEquals("ldap_auth", auth.getProperty("auth.mode"));
        assertEquals("ldap://127.0.0.1:3389", auth.getProperty("auth.ldap.url"));
        assertEquals("uid=%s,dc=example,dc=com", auth.getProperty("auth.ldap.base-dn"));
        assertEquals("1", auth.getProperty("auth.ldap.scope"));
        Properties ui = load(dir.resolve("ldap/ui/application.properties"));
        assertEquals("ldap://127.0.0.1:3389", ui.getProperty("ui.ldap.url"));
        assertEquals("uid=%s,dc=example,dc=com", ui.getProperty("ui.ldap.base-dn"));
        assertFalse(ui.stringPropertyNames().stream().anyMatch(k -> k.contains("password") && k.contains("ldap")),
                "ui-service never gets the search password");
    }

    @Test
    void propertyValuesSurviveEscaping() throws IOException {
        String tricky = " lead\\back${expr}\nünï=:#!";
        Properties p = new Properties();
        p.load(new StringReader("k=" + PropertiesFile.escape(tricky)));
        assertEquals(tricky.replace("${", "$${"), p.getProperty("k"), "properties-level round trip, expression escaped");
        assertNotEquals(tricky, p.getProperty("k"));
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }
}
