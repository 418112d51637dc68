package io.berth.collector.syslog;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The collector configured as prepare configures it: rotation from harbor.cfg's
 * log_rotate_size / log_rotate_count, and its own log shipped by Quarkus' syslog handler
 * (RFC 5424, TCP, octet counting, app-name {@code log}) to its own port.
 */
@QuarkusTest
@TestProfile(ConfiguredCollectorTest.SmallFilesAndOwnLogs.class)
class ConfiguredCollectorTest {

    @Inject
    SyslogServer server;

    @ConfigProperty(name = "collector.dir")
    Path dir;

    @Test
    void rotatesAtTheConfiguredSizeKeepingTheConfiguredCount() throws Exception {
        String tag = "rotate-" + UUID.randomUUID().toString().substring(0, 8);
        try (Socket socket = new Socket("127.0.0.1", server.tcpPort()); OutputStream out = socket.getOutputStream()) {
            for (int i = 0; i < 200; i++) {
                // 100-byte file lines: "- h <tag>: " is 24 bytes, the message 75, the newline 1
                String message = String.format("%05d ", i) + "y".repeat(69);
                out.write(("<14>1 - h " + tag + " - - - " + message + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        Path current = dir.resolve(tag + ".log");
        LogFiles.awaitMatching(current, "00199 ", 1);
        List<Path> files = Files.list(dir).filter(p -> p.getFileName().toString().startsWith(tag)).sorted().toList();

        assertEquals(List.of(current, dir.resolve(tag + ".log.1"), dir.resolve(tag + ".log.2"), dir.resolve(tag + ".log.3")), files);
        for (Path file : files) {
            assertTrue(Files.size(file) <= 1024, file + " has " + Files.size(file) + " bytes");
            assertEquals(10, Files.readAllLines(file).size(), file.toString());
        }
        assertTrue(Files.readAllLines(dir.resolve(tag + ".log.3")).get(0).contains(": 00160 "));
        assertFalse(Files.exists(dir.resolve(tag + ".log.4")));
    }

    @Test
    void writesItsOwnLogLinesToLogDotLog() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.tcpPort())) {
            socket.getOutputStream().write("<14>1 - h someone - - - something to count\n".getBytes(StandardCharsets.UTF_8));
        }

        // the collector's statistics line, shipped by its syslog handler (app-name log) to its own port
        List<String> seen = LogFiles.awaitMatching(dir.resolve("log.log"), "syslog statistics", 1);

        assertFalse(seen.isEmpty(), "no line of the collector's own arrived in log.log");
        assertTrue(seen.get(0).contains(" log["), seen.get(0));
    }

    public static class SmallFilesAndOwnLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port = freePort();
            return Map.ofEntries(
                    Map.entry("collector.syslog-port", String.valueOf(port)),
                    Map.entry("collector.dir", "target/test-logs-configured"),
                    Map.entry("collector.rotate-size", "1k"),
                    Map.entry("collector.rotate-count", "3"),
                    Map.entry("collector.stats-interval-seconds", "1"),
                    Map.entry("quarkus.log.syslog.enabled", "true"),
                    Map.entry("quarkus.log.syslog.endpoint", "127.0.0.1:" + port),
                    Map.entry("quarkus.log.syslog.protocol", "tcp"),
                    Map.entry("quarkus.log.syslog.syslog-type", "rfc5424"),
                    Map.entry("quarkus.log.syslog.use-counting-framing", "true"),
                    Map.entry("quarkus.log.syslog.app-name", "log"));
        }

        /**
         * The collector ships its own lines to its own port, so the port must be known before it
         * starts and cannot be 0. A port taken from bind(0) could be handed to another process
         * (any bind(0), any outgoing connection) before the collector binds it; a port below the
         * kernel's ephemeral range is never handed out that way, so checking it free (TCP and UDP)
         * leaves only a deliberate bind of that very number to collide with.
         */
        private static int freePort() {
            int ephemeralLow = ephemeralRangeStart();
            int low = Math.min(10_000, ephemeralLow / 2);
            for (int attempt = 0; attempt < 200; attempt++) {
                int port = low + ThreadLocalRandom.current().nextInt(ephemeralLow - low);
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
                     DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
            throw new IllegalStateException("no free port below " + ephemeralLow);
        }

        private static int ephemeralRangeStart() {
            try {
                // read by lines: /proc files report size 0, which Files.readString takes at its word
                String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip();
                return Integer.parseInt(range.split("\\s+")[0]);
            } catch (IOException | RuntimeException unreadable) {
                return 32_768; // Linux's default
            }
        }
    }
}
