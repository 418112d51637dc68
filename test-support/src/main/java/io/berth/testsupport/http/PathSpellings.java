package io.berth.testsupport.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One path spelled the ways a hostile caller tries to slip past a check made on the path's text:
 * repeated slashes, dot segments, a detour, percent-encoding, matrix parameters and case. Sent over
 * a plain socket, because HTTP clients tidy such paths before they leave.
 */
public final class PathSpellings {

    private PathSpellings() {
    }

    /** {@code path} (absolute, e.g. {@code /internal/v1/access}) spelled other ways. */
    public static List<String> of(String path) {
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        String tail = slash < 0 ? "" : rest.substring(slash);
        return List.of("/" + path, "/." + path, "/api/.." + path, "/x/%2e%2e" + path,
                "/%" + Integer.toHexString(first.charAt(0)) + first.substring(1) + tail,
                "/" + first + "/" + tail, "/" + first + ";x" + tail, "/" + first + ";" + tail,
                "/" + first.toUpperCase(Locale.ROOT) + tail, path.replaceFirst("/([^/]+)$", ";x/$1"));
    }

    /** The status of {@code method rawPath} with a JSON body, the path sent as it is. */
    public static int status(int port, String method, String rawPath, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + rawPath + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            if (line == null || !line.startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP answer to " + method + " " + rawPath + ": " + line);
            }
            return Integer.parseInt(line.substring(9, 12));
        }
    }
}
