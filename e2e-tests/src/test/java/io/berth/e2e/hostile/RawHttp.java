package io.berth.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the request line and headers go out
 * byte for byte as given (java.net.http refuses invalid percent-encodings, control characters
 * and some headers, which is what a hostile client sends), and the answer is read whole (by
 * Content-Length, chunked, or up to the close), at most {@link #MAX_BODY} bytes of it kept.
 */
final class RawHttp {

    static final int MAX_BODY = 1024 * 1024;
    private static final int TIMEOUT_MILLIS = 60_000;

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** What came back; {@code status} -1 when the connection closed without an answer. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code target} (raw bytes, may be anything but CR and LF) with {@code headers} and an optional body. */
    Answer send(String method, byte[] target, Map<String, String> headers, byte[] body) throws IOException {
        return send(null, method, target, headers, body);
    }

    /** {@link #send} from a chosen local address (a loopback alias such as 127.0.0.3), or the default when null. */
    Answer send(String from, String method, byte[] target, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes(method.getBytes(StandardCharsets.US_ASCII));
            head.write(' ');
            head.writeBytes(target);
            head.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", host + ":" + port);
            all.put("Connection", "close");
            all.putAll(headers);
            if (body != null && !all.containsKey("Content-Length") && !all.containsKey("Transfer-Encoding")) {
                all.put("Content-Length", String.valueOf(body.length));
            }
            all.forEach((k, v) -> head.writeBytes((k + ": " + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
            head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // the server may answer (413, 401) and close before reading all of a large body
                }
            }
            out.flush();
            return read(socket.getInputStream(), "HEAD".equals(method));
        }
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return new Answer(-1, Map.of(), new byte[0]);
        }
        String[] parts = statusLine.split(" ", 3);
        int status = parts.length >= 2 && parts[1].matches("[0-9]{3}") ? Integer.parseInt(parts[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l; (l = line(in)) != null && !l.isEmpty();) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.merge(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
        }
        if (head || status == 204 || status == 304 || status / 100 == 1) {
            return new Answer(status, headers, new byte[0]);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            for (String size; (size = line(in)) != null;) {
                int n = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (n == 0) {
                    break;
                }
                copy(in, body, n);
                line(in);
            }
        } else if (length != null) {
            copy(in, body, Long.parseLong(length));
        } else {
            copy(in, body, Long.MAX_VALUE);
        }
        return new Answer(status, headers, body.toByteArray());
    }

    private static void copy(InputStream in, ByteArrayOutputStream body, long n) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) {
                return;
            }
            if (body.size() < MAX_BODY) {
                body.write(buf, 0, Math.min(r, MAX_BODY - body.size()));
            }
            n -= r;
        }
    }

    /** One CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int len = b.length();
                return len > 0 && b.charAt(len - 1) == '\r' ? b.substring(0, len - 1) : b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
