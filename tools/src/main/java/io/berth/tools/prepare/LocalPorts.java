package io.berth.tools.prepare;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local run's internal ports: kept from an earlier {@code local.env} when there is one,
 * otherwise chosen free on the loopback interface, so suites with different data folders run
 * side by side and a restarted suite keeps its addresses.
 */
final class LocalPorts {

    static final String GATEWAY_HTTP = "BERTH_GATEWAY_HTTP_PORT";
    static final String UI = "BERTH_UI_PORT";
    static final String REGISTRY = "BERTH_REGISTRY_PORT";
    static final String AUTH = "BERTH_AUTH_PORT";
    static final String LOG_HTTP = "BERTH_LOG_HTTP_PORT";
    static final String SYSLOG = "BERTH_SYSLOG_PORT";
    static final String DB = "BERTH_DB_PORT";

    private static final List<String> INTERNAL = List.of(GATEWAY_HTTP, UI, REGISTRY, AUTH, LOG_HTTP, SYSLOG, DB);

    private final Map<String, Integer> ports;

    private LocalPorts(Map<String, Integer> ports) {
        this.ports = ports;
    }

    /** Reads kept ports from {@code previousEnv} (if it exists) and picks the missing ones. */
    static LocalPorts keepOrChoose(Path previousEnv, int gatewayPort) throws IOException {
        Map<String, String> previous = readEnv(previousEnv);
        Map<String, Integer> ports = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        taken.add(gatewayPort);
        for (String name : INTERNAL) {
            String kept = previous.get(name);
            if (kept != null && kept.matches("[0-9]{1,5}") && taken.add(Integer.parseInt(kept))) {
                ports.put(name, Integer.parseInt(kept));
            }
        }
        for (String name : INTERNAL) {
            if (!ports.containsKey(name)) {
                int port;
                do {
                    port = freePort();
                } while (!taken.add(port));
                ports.put(name, port);
            }
        }
        return new LocalPorts(ports);
    }

    int get(String name) {
        return ports.get(name);
    }

    /** {@code KEY=value} lines; the format {@code local.env} is written in. */
    static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
            }
        }
        return values;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
