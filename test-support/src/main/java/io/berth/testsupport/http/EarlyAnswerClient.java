package io.berth.testsupport.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a request with a large body over a plain socket and reads the answer, for tests of servers
 * that answer before they have read the body (a refused upload, a 401 challenge). {@link Pace} says
 * how the body goes out: fast or slowly while the answer is read at the same time, as Go's HTTP
 * client (docker, skopeo) does, or all of it before the first byte of the answer is read, as simple
 * blocking clients do. A concurrent writer stops once the answer is in, like Go's client.
 */
public final class EarlyAnswerClient {

    /** How the body is written. */
    public enum Pace {
        /** As fast as the socket takes it, the answer read meanwhile. */
        FAST,
        /** Small pieces with pauses, the answer read meanwhile. */
        SLOW,
        /**
         * As fast as the socket takes it and on after the answer, until the body ends or the server
         * cuts the connection: {@link Answer#written()} tells how much the server let in.
         */
        RELENTLESS,
        /**
         * The whole body first, then the answer, as simple blocking clients do; after the first piece
         * it waits until the answer has arrived (unread), so the rest always follows an early answer
         * and a server that closes on an unread body makes this writer fail with a broken pipe.
         */
        WRITE_THEN_READ
    }

    private static final int FAST_PIECE = 64 * 1024;
    private static final int SLOW_PIECE = 32 * 1024;
    private static final long SLOW_PAUSE_MILLIS = 5;
    private static final int SEND_BUFFER = 64 * 1024;
    private static final int READ_TIMEOUT_MILLIS = 60_000;
    private static final long ANSWER_ARRIVAL_MILLIS = 10_000;

    private EarlyAnswerClient() {
    }

    /**
     * Sends {@code head} (request line and headers, CRLF separated, without Content-Length and the
     * blank line) with a body of {@code bodyLength} bytes, and returns the answer.
     */
    public static Answer send(int port, String head, long bodyLength, Pace pace) throws IOException {
        try (Socket socket = new Socket()) {
            // a small send buffer: the kernel cannot absorb what the server refuses to read
            socket.setSendBufferSize(SEND_BUFFER);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nContent-Length: " + bodyLength + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (pace == Pace.WRITE_THEN_READ) {
                AtomicLong written = new AtomicLong();
                writeBody(out, Math.min(FAST_PIECE, bodyLength), FAST_PIECE, 0, new AtomicBoolean(), written);
                awaitAnswerArrival(socket.getInputStream());
                writeBody(out, bodyLength - written.get(), FAST_PIECE, 0, new AtomicBoolean(), written);
                return Answer.read(new BufferedInputStream(socket.getInputStream())).withWritten(written.get());
            }
            AtomicBoolean stop = new AtomicBoolean();
            int piece = pace == Pace.SLOW ? SLOW_PIECE : FAST_PIECE;
            long pause = pace == Pace.SLOW ? SLOW_PAUSE_MILLIS : 0;
            AtomicLong written = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    writeBody(out, bodyLength, piece, pause, stop, written);
                } catch (IOException cut) {
                    // the server closed after its answer (or after draining what it would): expected
                }
            });
            Answer answer;
            try {
                answer = Answer.read(new BufferedInputStream(socket.getInputStream()));
            } finally {
                stop.set(pace != Pace.RELENTLESS);
            }
            try {
                writer.get(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new IOException("the body writer did not end", e);
            }
            return answer.withWritten(written.get());
        }
    }

    /** Waits until the first bytes of an answer are there to read, or gives up after a while. */
    private static void awaitAnswerArrival(InputStream in) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_ARRIVAL_MILLIS);
        while (in.available() == 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }

    private static void writeBody(OutputStream out, long length, int piece, long pause, AtomicBoolean stop,
            AtomicLong written) throws IOException {
        byte[] bytes = new byte[piece];
        for (int i = 0; i < piece; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        long sent = 0;
        while (sent < length && !stop.get()) {
            int n = (int) Math.min(piece, length - sent);
            out.write(bytes, 0, n);
            sent += n;
            written.addAndGet(n);
            if (pause > 0) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
        out.flush();
    }

    /**
     * A parsed answer: status, headers (last value per lower-cased name), the body as text, and how
     * many body bytes the socket accepted from the client.
     */
    public record Answer(int status, Map<String, String> headers, String body, long written) {

        Answer withWritten(long bytes) {
            return new Answer(status, headers, body, bytes);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** Whether the server said it closes the connection after this answer. */
        public boolean closes() {
            String connection = header("Connection");
            return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
        }

        static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            byte[] body;
            String length = headers.get("content-length");
            if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(in);
            } else {
                body = in.readAllBytes();
            }
            return new Answer(Integer.parseInt(parts[1]), headers, new String(body, StandardCharsets.UTF_8), 0);
        }

        private static byte[] dechunk(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                out.write(in.readNBytes(size));
                line(in);
            }
            line(in);
            return out.toByteArray();
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed in the answer's head after: " + line);
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
