package io.berth.collector.syslog;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.berth.collector.syslog.LogFiles.awaitThrough;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real sockets against the running collector; files are read back from its folder. */
@QuarkusTest
class SyslogServerTest {

    private static final int BURST = 100_000;
    /** The last message of a burst: once its line is on disk, the whole burst is. */
    private static final String END = "end-of-burst";

    @Inject
    SyslogServer server;

    @ConfigProperty(name = "collector.dir")
    Path dir;

    @TestHTTPResource("/")
    URL http;

    @Test
    void receivesANewlineFramedBurstOfAHundredThousandMessagesComplete() throws Exception {
        String tag = unique("burst");
        try (Socket socket = new Socket("127.0.0.1", server.tcpPort());
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
            for (int i = 0; i < BURST; i++) {
                out.write(("<14>1 2026-11-28T12:00:00Z host " + tag + " 1 - - message " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("<14>1 2026-11-28T12:00:00Z host " + tag + " 1 - - " + END + "\n").getBytes(StandardCharsets.UTF_8));
        }

        List<String> lines = awaitThrough(dir.resolve(tag + ".log"), END);

        assertEquals(BURST + 1, lines.size(), "every message once, nothing else");
        for (int i = 0; i < BURST; i += 9_999) {
            assertEquals("2026-11-28T12:00:00Z host " + tag + "[1]: message " + i, lines.get(i));
        }
        assertEquals("2026-11-28T12:00:00Z host " + tag + "[1]: message " + (BURST - 1), lines.get(BURST - 1));
    }

    @Test
    void receivesAnOctetCountedBurstComplete() throws Exception {
        String tag = unique("counted");
        try (Socket socket = new Socket("127.0.0.1", server.tcpPort());
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
            for (int i = 0; i <= BURST; i++) {
                byte[] message = ("<14>1 2026-11-28T12:00:00Z host " + tag + " - - - " + (i < BURST ? "counted " + i : END))
                        .getBytes(StandardCharsets.UTF_8);
                out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(message);
            }
        }

        List<String> lines = awaitThrough(dir.resolve(tag + ".log"), END);

        assertEquals(BURST + 1, lines.size(), "every message once, nothing else");
        for (int i = 0; i < BURST; i += 9_999) {
            assertEquals("2026-11-28T12:00:00Z host " + tag + ": counted " + i, lines.get(i));
        }
    }

    @Test
    void receivesRfc3164AndRfc5424OverUdp() throws Exception {
        String bsd = unique("udp-bsd");
        String ietf = unique("udp-ietf");

        assertEveryLine("Nov 28 12:00:01 - " + bsd + "[42]: from docker",
                sendUntilLogged("<30>Nov 28 12:00:01 " + bsd + "[42]: from docker\n", dir.resolve(bsd + ".log")));
        assertEveryLine("2026-11-28T12:00:00Z box " + ietf + "[7]: from quarkus",
                sendUntilLogged("<134>1 2026-11-28T12:00:00Z box " + ietf + " 7 - - from quarkus", dir.resolve(ietf + ".log")));
    }

    @Test
    void receivesLongUdpMessagesWhole() throws Exception {
        String tag = unique("udp-long");
        String text = "z".repeat(30_000);

        assertEveryLine("2026-11-28T12:00:00Z box " + tag + ": " + text,
                sendUntilLogged("<134>1 2026-11-28T12:00:00Z box " + tag + " - - - " + text, dir.resolve(tag + ".log")));
    }

    @Test
    void keepsMalformedLinesRawInUnparsedLog() throws Exception {
        String marker = unique("garbage");
        try (Socket socket = new Socket("127.0.0.1", server.tcpPort())) {
            socket.getOutputStream().write(("this is not syslog " + marker + "\n<13>1 broken " + marker + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        Path unparsed = dir.resolve("unparsed.log");
        List<String> mine = LogFiles.awaitMatching(unparsed, marker, 2);
        assertEquals(List.of("this is not syslog " + marker, "<13>1 broken " + marker), mine);
    }

    @Test
    void isReadyWithBothPortsBound() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(http.toString() + "q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"syslog\""), ready.body());
        assertEquals(server.tcpPort(), server.udpPort());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void countsMessagesInPrometheusMetrics() throws Exception {
        String tag = unique("counted-udp");
        List<String> logged = sendUntilLogged("<14>1 - h " + tag + " - - - one", dir.resolve(tag + ".log"));
        // written means counted first; the counter holds at least what reached the file
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.toString() + "q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        Matcher udp = Pattern.compile("(?m)^berth_collector_messages_total\\{transport=\"udp\"} ([0-9.E]+)$").matcher(metrics);
        assertTrue(udp.find(), metrics);
        assertTrue(Double.parseDouble(udp.group(1)) >= logged.size(), metrics);
        assertTrue(metrics.contains("berth_collector_unparsed_total"), "no unparsed counter");
        assertTrue(metrics.contains("berth_collector_paused_connections"), "no gauge of held senders");
    }

    /**
     * UDP may drop a datagram even on loopback, so the message is sent again (every half second,
     * at most 360 times) until its line is on disk: the check cannot fail by a lost packet, and still
     * fails when the collector receives nothing or writes something else. Answers every line of the file.
     */
    private List<String> sendUntilLogged(String message, Path file) throws Exception {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket()) {
            for (int attempt = 0; attempt < 360; attempt++) {
                socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), server.udpPort()));
                if (!LogFiles.awaitMatching(file, "", 1, 500).isEmpty()) {
                    return Files.readAllLines(file, StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("nothing written to " + file + " after 360 datagrams");
    }

    /** Each copy that arrived is the whole message, parsed as expected. */
    private static void assertEveryLine(String expected, List<String> lines) {
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertEquals(expected, line);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
