package io.berth.tools.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated compose file is checked by the real docker-compose (1.29 needs no engine for config). */
class ComposeFileTest {

    @TempDir
    Path dir;

    @Test
    void httpComposeFilePassesDockerComposeConfig() throws Exception {
        Path cfg = PrepareRun.writeCfg(dir, Map.of("data_volume", dir.resolve("volumes").toString()));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        String resolved = dockerComposeConfig(dir.resolve("gen/docker-compose.yml"));
        for (String service : new String[] {"gateway:", "registry:", "ui:", "auth:", "log:", "db:"}) {
            assertTrue(resolved.contains("  " + service), service + " in\n" + resolved);
        }
        assertTrue(resolved.contains("image: mariadb:10.11"), resolved);
        String unwrapped = resolved.replaceAll("\\s+", " ");   // docker-compose folds long values
        for (String service : new String[] {"gateway", "registry", "ui", "auth", "log"}) {
            assertTrue(unwrapped.contains("JAVA_OPTS_APPEND: " + JvmOptions.of(service) + " -Djava.util.logging.manager="),
                    service + "'s JVM options in\n" + resolved);
        }
        assertTrue(resolved.contains("tag: gateway") && resolved.contains("syslog-address: tcp://127.0.0.1:1514"), resolved);
        assertTrue(resolved.contains("published: 80") || resolved.contains("80:8080"), resolved);
        assertTrue(!resolved.contains("443"), "no https port without https:\n" + resolved);
    }

    @Test
    void httpsComposeFilePublishes443AndMountsTheCertificate() throws Exception {
        Path cert = Files.writeString(dir.resolve("server.crt"), "cert");
        Path key = Files.writeString(dir.resolve("server.key"), "key");
        Path cfg = PrepareRun.writeCfg(dir, Map.of("ui_url_protocol", "https", "hostname", "reg.example.com",
                "ssl_cert", cert.toString(), "ssl_cert_key", key.toString(),
                "data_volume", dir.resolve("volumes").toString()));
        assertEquals(0, PrepareRun.run(dir, "--conf", cfg.toString(), "--out", "gen").exit);
        String resolved = dockerComposeConfig(dir.resolve("gen/docker-compose.yml"));
        assertTrue(resolved.contains("443"), resolved);
        assertTrue(resolved.contains(cert + ":/etc/berth/gateway/tls/server.crt:ro"), resolved);
        String gateway = Files.readString(dir.resolve("gen/gateway/application.properties"));
        assertTrue(gateway.contains("quarkus.http.insecure-requests=redirect"), gateway);
        assertTrue(gateway.contains("quarkus.http.ssl.certificate.files=/etc/berth/gateway/tls/server.crt"), gateway);
    }

    private static String dockerComposeConfig(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("docker-compose", "-f", file.toString(), "config")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "docker-compose config timed out");
        assertEquals(0, p.exitValue(), "docker-compose config rejected " + file + ":\n" + output);
        return output;
    }
}
