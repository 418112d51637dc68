package io.berth.tools.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareValidationTest {

    @TempDir
    Path dir;

    @Test
    void shippedHarborCfgIsValidWithoutWarnings() {
        PrepareRun r = PrepareRun.run(dir, "--conf", PrepareRun.SHIPPED_CFG.toString(), "--out", "gen");
        assertEquals(0, r.exit, r.toString());
        assertFalse(r.err.contains("warning"), r.toString());
        assertTrue(Files.isRegularFile(dir.resolve("gen/docker-compose.yml")));
    }

    @Test
    void wrongAuthModeFailsNamingTheKeyAndWritesNothing() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of("auth_mode", "foo"));
        PrepareRun r = PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("auth_mode: 'foo' is not accepted; it accepts db_auth or ldap_auth"), r.toString());
        assertOnlyCfgIn(dir);
    }

    @Test
    void missingRequiredKeyFailsNamingTheKeyAndWritesNothing() throws IOException {
        Map<String, String> o = new HashMap<>();
        o.put("db_password", null);
        Path cfg = PrepareRun.writeCfg(dir, o);
        PrepareRun r = PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("db_password: missing"), r.toString());
        assertOnlyCfgIn(dir);
    }

    @Test
    void everyProblemIsReportedAtOnceAndSecretsAreNotEchoed() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of("ldap_scope", "3", "token_expiration", "soon",
                "project_creation_restriction", "nobody", "self_registration", "maybe", "db_password", ""));
        PrepareRun r = PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        for (String key : new String[] {"ldap_scope: '3'", "token_expiration: 'soon'",
                "project_creation_restriction: 'nobody' is not accepted; it accepts everyone or adminonly",
                "self_registration: 'maybe'", "db_password: '***'"}) {
            assertTrue(r.err.contains(key), key + " in " + r);
        }
        assertOnlyCfgIn(dir);
    }

    @Test
    void httpsNeedsReadableCertificateFiles() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of("ui_url_protocol", "https", "ssl_cert", "/nonexistent/server.crt"));
        PrepareRun r = PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("ssl_cert: '/nonexistent/server.crt' is not a readable file"), r.toString());
        assertOnlyCfgIn(dir);
    }

    @Test
    void ldapModeNeedsUrlAndBaseDn() throws IOException {
        Map<String, String> o = new HashMap<>();
        o.put("auth_mode", "ldap_auth");
        o.put("ldap_url", null);
        Path cfg = PrepareRun.writeCfg(dir, o);
        PrepareRun r = PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("ldap_url: missing; auth_mode = ldap_auth needs it"), r.toString());
    }

    @Test
    void ldapKeysAreCheckedNamingTheKey() throws IOException {
        Path bad = PrepareRun.writeCfg(dir, Map.of("auth_mode", "ldap_auth", "ldap_url", "http://127.0.0.1:389",
                "ldap_basedn", "uid=%s,dc=x,%s", "ldap_timeout", "0"));
        PrepareRun r = PrepareRun.run(dir, "--conf", bad.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        for (String key : new String[] {"ldap_url: 'http://127.0.0.1:389'", "ldap_basedn: ", "ldap_timeout: '0'"}) {
            assertTrue(r.err.contains(key), key + " in " + r);
        }
        for (String url : new String[] {"ldap://127.0.0.1:389", "ldaps://ldap.example.com", "ldap+starttls://ldap.example.com:389"}) {
            Path good = PrepareRun.writeCfg(dir, Map.of("auth_mode", "ldap_auth", "ldap_url", url,
                    "ldap_basedn", "uid=%s,dc=int32bit,dc=com"));
            PrepareRun ok = PrepareRun.run(dir, "--conf", good.toString(), "--out", "gen-" + url.length());
            assertEquals(0, ok.exit, ok.toString());
        }
    }

    @Test
    void unknownKeyWarnsAndStillGenerates() throws IOException {
        Path cfg = PrepareRun.writeCfg(dir, Map.of("max_job_workers", "3"));
        PrepareRun r = PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.err.contains("warning: max_job_workers: unknown key, ignored"), r.toString());
        assertTrue(Files.isRegularFile(dir.resolve("gen/registry/config.yml")));
    }

    @Test
    void failedRerunLeavesThePreviousOutputUntouched() throws IOException {
        Path good = PrepareRun.writeCfg(dir, Map.of());
        assertEquals(0, PrepareRun.run(dir, "--conf", good.toString(), "--out", "gen").exit);
        String before = Files.readString(dir.resolve("gen/ui/application.properties"));
        Path bad = PrepareRun.writeCfg(dir, Map.of("hostname", "http://bad host"));
        PrepareRun r = PrepareRun.run(dir, "--conf", bad.toString(), "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("hostname:"), r.toString());
        assertEquals(before, Files.readString(dir.resolve("gen/ui/application.properties")));
    }

    @Test
    void missingCfgFileIsNamed() {
        PrepareRun r = PrepareRun.run(dir, "--conf", "nope.cfg", "--out", "gen");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("nope.cfg: no such file"), r.toString());
        assertFalse(Files.exists(dir.resolve("gen")));
    }

    @Test
    void helpPrintsTheUsageAndWritesNothing() throws IOException {
        PrepareRun.writeCfg(dir, Map.of());
        PrepareRun r = PrepareRun.run(dir, "--help");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("usage: prepare [--conf FILE] [--out DIR | --local [--data DIR]]\n"), r.toString());
        assertTrue(r.out.contains("  --help "), r.toString());
        assertEquals("", r.err);
        assertOnlyCfgIn(dir);
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() throws IOException {
        PrepareRun.writeCfg(dir, Map.of());
        PrepareRun r = PrepareRun.run(dir, "--hepl");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("unknown option --hepl\nusage: prepare"), r.toString());
        assertOnlyCfgIn(dir);
    }

    private static void assertOnlyCfgIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of(dir.resolve("harbor.cfg")), files.toList(), "prepare wrote something");
        }
    }
}
