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

import static io.berth.collector.syslog.LogFiles.awaitLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real sockets against the running collector; files are read back from its folder. */
@QuarkusTest
class SyslogServerTest {

    private static final int BURST = 100_000;

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
        }

        List<String> lines = awaitLines(dir.resolve(tag + ".log"), BURST);

        assertEquals(BURST, lines.size());
        assertEquals("2026-11-28T12:00:00Z host " + tag + "[1]: message 0", lines.get(0));
        assertEquals("2026-11-28T12:00:00Z host " + tag + "[1]: message " + (BURST - 1), lines.get(BURST - 1));
    }

    @Test
    void receivesAnOctetCountedBurstComplete() throws Exception {
        String tag = unique("counted");
        try (Socket socket = new Socket("127.0.0.1", server.tcpPort());
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
            for (int i = 0; i < BURST; i++) {
                byte[] message = ("<14>1 2026-11-28T12:00:00Z host " + tag + " - - - counted " + i).getBytes(StandardCharsets.UTF_8);
                out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(message);
            }
        }

        List<String> lines = awaitLines(dir.resolve(tag + ".log"), BURST);

        assertEquals(BURST, lines.size());
        for (int i = 0; i < BURST; i += 9_999) {
            assertEquals("2026-11-28T12:00:00Z host " + tag + ": counted " + i, lines.get(i));
        }
    }

    @Test
    void receivesRfc3164AndRfc5424OverUdp() throws Exception {
        String bsd = unique("udp-bsd");
        String ietf = unique("udp-ietf");
        try (DatagramSocket socket = new DatagramSocket()) {
            send(socket, "<30>Nov 28 12:00:01 " + bsd + "[42]: from docker\n");
            send(socket, "<134>1 2026-11-28T12:00:00Z box " + ietf + " 7 - - from quarkus");
        }

        assertEquals(List.of("Nov 28 12:00:01 - " + bsd + "[42]: from docker"), awaitLines(dir.resolve(bsd + ".log"), 1));
        assertEquals(List.of("2026-11-28T12:00:00Z box " + ietf + "[7]: from quarkus"), awaitLines(dir.resolve(ietf + ".log"), 1));
    }

    @Test
    void receivesLongUdpMessagesWhole() throws Exception {
        String tag = unique("udp-long");
        String text = "z".repeat(30_000);
        try (DatagramSocket socket = new DatagramSocket()) {
            send(socket, "<134>1 2026-11-28T12:00:00Z box " + tag + " - - - " + text);
        }

        assertEquals(List.of("2026-11-28T12:00:00Z box " + tag + ": " + text), awaitLines(dir.resolve(tag + ".log"), 1));
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
        try (DatagramSocket socket = new DatagramSocket()) {
            send(socket, "<14>1 - h " + unique("counted-udp") + " - - - one");
        }
        String metrics = "";
        for (int i = 0; i < 50 && !metrics.matches("(?s).*berth_collector_messages_total\\{transport=\"udp\"} [1-9].*"); i++) {
            Thread.sleep(100);
            metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.toString() + "q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        assertTrue(metrics.matches("(?s).*berth_collector_messages_total\\{transport=\"udp\"} [1-9].*"), metrics);
        assertTrue(metrics.contains("berth_collector_unparsed_total"), "no unparsed counter");
    }

    private void send(DatagramSocket socket, String message) throws Exception {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), server.udpPort()));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
