package io.berth.gateway.proxy;

import io.berth.gateway.support.GatewayInFront;
import io.berth.gateway.support.GeneratedBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway moves large answer bodies from the upstream socket to the client socket with
 * splice(2): the bytes arrive whole and in order, the client connection serves its next request,
 * and a client or an upstream that leaves in the middle leaves no socket or pipe open behind it.
 * The gateway's {@code gateway_answer_spliced_bytes_total} says which way a body went.
 */
class SplicedAnswerIT {

    private static final int MIB = 1024 * 1024;
    private static final Pattern SPLICED = Pattern.compile("(?m)^gateway_answer_spliced_bytes_total(?:\\{[^}]*})? (\\S+)$");

    @RegisterExtension
    static final GatewayInFront SERVERS = new GatewayInFront("spliced-answer", List.of("-Xmx128m"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void splicesALargeAnswerWholeAndTheConnectionServesTheNextRequest() throws Exception {
        long size = 300L * MIB;
        double before = splicedBytes();
        try (Socket socket = connect()) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            send(socket, "/v2/big/blobs/download?size=" + size + "&length=true");
            String head = readHead(in);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertEquals(size, contentLength(head));
            assertEquals(new GeneratedBody(size).sha256(), sha256(in, size));

            send(socket, "/v2/p/r/manifests/latest");
            String next = readHead(in);
            assertTrue(next.startsWith("HTTP/1.1 200"), next);
            String echo = new String(in.readNBytes((int) contentLength(next)), StandardCharsets.UTF_8);
            assertTrue(echo.contains("\"uri\":\"/v2/p/r/manifests/latest\""), echo);
        }
        double spliced = splicedBytes() - before;
        assertTrue(spliced >= size - 2 * MIB && spliced <= size, "spliced " + spliced + " of " + size + " bytes");
    }

    @Test
    void relaysSmallAnswers() throws Exception {
        long size = 4L * MIB;
        double before = splicedBytes();
        try (Socket socket = connect()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            send(socket, "/v2/big/blobs/download?size=" + size + "&length=true");
            assertEquals(size, contentLength(readHead(in)));
            assertEquals(new GeneratedBody(size).sha256(), sha256(in, size));
        }
        assertEquals(before, splicedBytes());
    }

    @Test
    void clientsLeavingInTheMiddleLeaveNothingOpen() throws Exception {
        download(64L * MIB);
        long openBefore = SERVERS.gateway().openFiles();
        for (int i = 0; i < 5; i++) {
            try (Socket socket = connect()) {
                InputStream in = new BufferedInputStream(socket.getInputStream());
                send(socket, "/v2/big/blobs/download?size=" + 512L * MIB + "&length=true");
                readHead(in);
                in.readNBytes(20 * MIB);
            }
        }
        assertOpenFilesBackTo(openBefore);
        download(64L * MIB);
        assertTrue(SERVERS.gateway().alive());
    }

    @Test
    void anUpstreamCuttingTheBodyShortClosesTheClientConnection() throws Exception {
        long openBefore = SERVERS.gateway().openFiles();
        double before = splicedBytes();
        try (Socket socket = connect()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            send(socket, "/v2/big/blobs/download?size=" + 128L * MIB + "&length=true&cut=" + 80 * MIB);
            assertEquals(128L * MIB, contentLength(readHead(in)));
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received); // ends at the gateway's close; a hang fails on the socket timeout
            byte[] body = received.toByteArray();
            // what was still in the pipe when the upstream closed is dropped with the connection
            assertTrue(body.length > 64 * MIB && body.length <= 80 * MIB, "received " + body.length + " bytes");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body);
            assertEquals(new GeneratedBody(body.length).sha256(), HexFormat.of().formatHex(sha.digest()),
                    "the bytes that came through are the body's first ones, in order");
        }
        assertTrue(splicedBytes() > before, "the body was being spliced when it was cut (its first segment was)");
        assertOpenFilesBackTo(openBefore);
        download(16L * MIB);
    }

    private void download(long size) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri(
                "/v2/big/blobs/download?size=" + size + "&length=true")).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            assertEquals(new GeneratedBody(size).sha256(), sha256(body, size));
        }
    }

    /** Waits for the gateway to have closed what the broken exchanges opened (the upstream side closes asynchronously). */
    private static void assertOpenFilesBackTo(long before) throws Exception {
        long open = SERVERS.gateway().openFiles();
        for (int i = 0; i < 100 && open > before; i++) {
            Thread.sleep(100);
            open = SERVERS.gateway().openFiles();
        }
        assertTrue(open <= before, "gateway holds " + open + " files, " + before + " before");
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", SERVERS.gateway().port());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String target) throws IOException {
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: registry.test\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the head: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        throw new AssertionError("no Content-Length in " + head);
    }

    private static String sha256(InputStream in, long size) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[256 * 1024];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("body ended " + left + " bytes early");
            }
            sha.update(buffer, 0, n);
            left -= n;
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private double splicedBytes() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(uri("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher spliced = SPLICED.matcher(metrics);
        assertTrue(spliced.find(), "no gateway_answer_spliced_bytes_total in /q/metrics");
        return Double.parseDouble(spliced.group(1));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + SERVERS.gateway().port() + path);
    }
}
