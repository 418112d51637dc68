package io.berth.ui.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The collaborators ui-service calls, as a small HTTP server on a loopback port: auth-service's
 * internal API (a fixed user table), and the readiness endpoints of auth ({@code /q/health/ready}),
 * registry ({@code /registry/q/...}, its internal tagging and deletes, catalog and GC) and log ({@code /log/q/...}). Tests switch a component
 * down, register a session ({@code /control/session/JTI/USER}, as auth-service's login would), revoke
 * one, make or unmake a system admin, or read the registry calls asked for, the Basic logins checked ({@code user@address}),
 * the settings last pushed to auth-service ({@code /control/settings}; {@code health/settings/down} refuses pushes),
 * every call in order ({@code /control/calls}), registry-core's cache project table ({@code /control/cache-projects},
 * whose pushes {@code cache-projects/hold} holds until {@code cache-projects/release}), set the catalog,
 * make GC refuse or hold it until released, and take auth, the registry or the database away
 * ({@code /control/outage/NAME/on|off}) through {@code /control/...}.
 */
public final class FakeAuthService implements AutoCloseable {

    public static final String PASSWORD = "Passw0rd1";

    /** user name to id; the system admins are {@link #SYSADMINS_AT_START}. */
    public static final Map<String, Long> USERS = Map.ofEntries(Map.entry("admin", 1L), Map.entry("padmin", 2L),
            Map.entry("maint", 3L), Map.entry("dev", 4L), Map.entry("guest", 5L), Map.entry("ltd", 6L),
            Map.entry("outsider", 7L), Map.entry("alice", 8L), Map.entry("bob", 9L), Map.entry("sysop", 10L),
            Map.entry("prober", 11L), Map.entry("chief", 12L));
    /** The system admins when the stand-in starts; {@code chief} is one for the tests that demote one. */
    public static final Set<String> SYSADMINS_AT_START = Set.of("admin", "sysop", "chief");
    /** Basic logins of this name get auth-service's 429, of the other its 503, both with Retry-After: 42. */
    public static final String LIMITED = "guesser";
    /** Logs in with any password starting with {@code Probe-}: a fresh one is never a cached answer. */
    public static final String PROBE = "prober";
    public static final String UNAVAILABLE = "outage";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String secret;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    /** Sessions by jti: the user each was issued to ({@code /control/session/JTI/USER}). */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    /** The system admins; {@code /control/sysadmin/USER/on|off} changes them. */
    private final Set<String> sysadmins = ConcurrentHashMap.newKeySet();
    private volatile String catalog = "{\"repositories\":[]}";
    private volatile boolean gcConflict;
    private volatile java.util.concurrent.CountDownLatch gcHold;
    private final Set<String> outages = ConcurrentHashMap.newKeySet();
    private final Map<String, TcpRelay> relays = new ConcurrentHashMap<>();
    private final java.util.List<String> registryCalls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<String> logins = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String pushedSettings = "{}";
    private final java.util.List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile java.util.concurrent.CountDownLatch projectsGate;
    private volatile String projectTable = "[]";

    public FakeAuthService(String secret) throws IOException {
        this.secret = secret;
        sysadmins.addAll(SYSADMINS_AT_START);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // a held garbage collection must not stop the other answers
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-collaborators");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** A relay in front of a server the tests may take away ({@code /control/outage/NAME/on}). */
    public void relay(String name, TcpRelay relay) {
        relays.put(name, relay);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith("/control/") && !path.endsWith("/q/health/ready")) {
                calls.add(ex.getRequestMethod() + " " + path);
            }
            if (path.startsWith("/control/")) {
                control(ex, path.substring("/control/".length()).split("/"));
            } else if (path.endsWith("/q/health/ready")) {
                String component = path.equals("/q/health/ready") ? "auth" : path.substring(1, path.indexOf('/', 1));
                send(ex, down.contains(component) ? 503 : 200, "{\"status\":\"UP\"}");
            } else if (outages.contains(path.startsWith("/registry/") ? "registry" : "auth")) {
                // the peer is gone: the connection ends without an answer
                return;
            } else if (!secret.equals(ex.getRequestHeaders().getFirst("X-Berth-Internal-Secret"))) {
                send(ex, 403, "{}");
            } else if (path.equals("/registry/internal/v1/catalog") && "GET".equals(ex.getRequestMethod())) {
                send(ex, 200, catalog);
            } else if (path.equals("/registry/internal/v1/proxy-projects") && "PUT".equals(ex.getRequestMethod())) {
                byte[] body = ex.getRequestBody().readAllBytes();
                java.util.concurrent.CountDownLatch gate = projectsGate;
                if (gate != null && !gate.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    send(ex, 503, "{}");
                    return;
                }
                projectTable = new String(body, StandardCharsets.UTF_8);
                send(ex, 204, null);
            } else if (path.equals("/registry/internal/v1/gc") && "POST".equals(ex.getRequestMethod())) {
                gc(ex);
            } else if (path.startsWith("/registry/internal/v1/repositories/")) {
                String query = ex.getRequestURI().getRawQuery();
                String call = ex.getRequestMethod() + " " + path.substring("/registry".length())
                        + (query == null ? "" : "?" + URLDecoder.decode(query, StandardCharsets.UTF_8));
                registryCalls.add(call);
                send(ex, call.contains("/missing") ? 404 : 202, null);
            } else if (path.equals("/internal/v1/authenticate") && "POST".equals(ex.getRequestMethod())) {
                JsonNode body = json.readTree(ex.getRequestBody());
                String user = body.path("username").asText();
                logins.add(user + "@" + body.path("clientAddress").asText());
                if (user.equals(LIMITED) || user.equals(UNAVAILABLE)) {
                    // auth-service holding back a guesser, or its database down
                    ex.getResponseHeaders().set("Retry-After", "42");
                    send(ex, user.equals(LIMITED) ? 429 : 503, "{\"errors\":[{\"code\":\"X\",\"message\":\"x\"}]}");
                    return;
                }
                String password = body.path("password").asText();
                boolean ok = USERS.containsKey(user) && PASSWORD.equals(password)
                        || user.equals(PROBE) && password.startsWith("Probe-");
                sendUser(ex, ok ? user : null, 401);
            } else if (path.equals("/internal/v1/settings") && "PUT".equals(ex.getRequestMethod())) {
                byte[] body = ex.getRequestBody().readAllBytes();
                if (down.contains("settings")) {
                    send(ex, 503, "{}");
                    return;
                }
                pushedSettings = new String(body, StandardCharsets.UTF_8);
                send(ex, 204, null);
            } else if (path.startsWith("/internal/v1/sessions/")) {
                String jti = path.substring("/internal/v1/sessions/".length());
                sendUser(ex, revoked.contains(jti) ? null : sessions.get(jti), 404);
            } else if (path.equals("/internal/v1/users")) {
                String q = ex.getRequestURI().getRawQuery();
                String name = q != null && q.startsWith("username=")
                        ? URLDecoder.decode(q.substring(9), StandardCharsets.UTF_8) : "";
                sendUser(ex, USERS.containsKey(name) ? name : null, 404);
            } else if (path.equals("/internal/v1/users/onboard")) {
                send(ex, 404, "{\"errors\":[]}"); // db_auth: no directory to onboard from
            } else if (path.startsWith("/internal/v1/users/")) {
                long id = Long.parseLong(path.substring("/internal/v1/users/".length()));
                String name = USERS.entrySet().stream().filter(e -> e.getValue() == id)
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                sendUser(ex, name, 404);
            } else {
                send(ex, 404, "{}");
            }
        } catch (RuntimeException e) {
            send(ex, 500, "{}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(ex, 503, "{}");
        }
    }

    /** registry-core's GC: records the call and answers a report, or 409 when told another runs. */
    private void gc(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        registryCalls.add("POST /internal/v1/gc?" + query);
        java.util.concurrent.CountDownLatch hold = gcHold;
        if (hold != null) {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (gcConflict) {
            send(ex, 409, "{\"errors\":[{\"code\":\"CONFLICT\",\"message\":\"garbage collection running\"}]}");
            return;
        }
        boolean dry = query != null && query.contains("dryrun=true");
        send(ex, 200, "{\"dryRun\":" + dry + ",\"blobsDeleted\":2,\"bytesFreed\":42,\"manifestsDeleted\":[]}");
    }

    private void control(HttpExchange ex, String[] parts) throws IOException {
        if (parts.length == 1 && parts[0].equals("catalog")) {
            catalog = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            send(ex, 204, null);
            return;
        }
        if (parts.length == 2 && parts[0].equals("gc")) {
            gcConflict = parts[1].equals("conflict");
            java.util.concurrent.CountDownLatch held = gcHold;
            gcHold = parts[1].equals("hold") ? new java.util.concurrent.CountDownLatch(1) : null;
            if (held != null) {
                held.countDown();
            }
            send(ex, 204, null);
            return;
        }
        if (parts.length == 3 && parts[0].equals("outage")) {
            boolean on = parts[2].equals("on");
            TcpRelay relay = relays.get(parts[1]);
            if (relay != null) {
                if (parts[2].equals("stall")) {
                    relay.stall();
                } else if (on) {
                    relay.cut();
                } else {
                    relay.restore();
                }
            } else if (on) {
                outages.add(parts[1]);
            } else {
                outages.remove(parts[1]);
            }
            send(ex, 204, null);
            return;
        }
        if (parts.length == 1 && parts[0].equals("calls")) {
            send(ex, 200, json.writeValueAsString(calls));
            return;
        }
        if (parts.length == 1 && parts[0].equals("cache-projects")) {
            send(ex, 200, projectTable);
            return;
        }
        if (parts.length == 2 && parts[0].equals("cache-projects")) {
            // hold: registry-core's table pushes wait until release
            java.util.concurrent.CountDownLatch gate = projectsGate;
            if (parts[1].equals("hold")) {
                projectsGate = new java.util.concurrent.CountDownLatch(1);
            } else if (gate != null) {
                projectsGate = null;
                gate.countDown();
            }
            send(ex, 204, null);
            return;
        }
        if (parts.length == 1 && parts[0].equals("settings")) {
            send(ex, 200, pushedSettings);
            return;
        }
        if (parts.length == 1 && parts[0].equals("logins")) {
            send(ex, 200, json.writeValueAsString(logins));
            return;
        }
        if (parts.length == 1 && parts[0].equals("registry-calls")) {
            send(ex, 200, json.writeValueAsString(registryCalls));
            return;
        }
        if (parts.length == 3 && parts[0].equals("health")) {
            if (parts[2].equals("down")) {
                down.add(parts[1]);
            } else {
                down.remove(parts[1]);
            }
        } else if (parts.length == 2 && parts[0].equals("revoke")) {
            revoked.add(parts[1]);
        } else if (parts.length == 3 && parts[0].equals("session")) {
            sessions.put(parts[1], parts[2]);
        } else if (parts.length == 3 && parts[0].equals("sysadmin")) {
            if (parts[2].equals("on")) {
                sysadmins.add(parts[1]);
            } else {
                sysadmins.remove(parts[1]);
            }
        }
        send(ex, 204, null);
    }

    private void sendUser(HttpExchange ex, String name, int missStatus) throws IOException {
        if (name == null) {
            send(ex, missStatus, "{\"errors\":[]}");
            return;
        }
        send(ex, 200, json.writeValueAsString(Map.of(
                "userId", USERS.get(name), "username", name, "sysadmin", sysadmins.contains(name))));
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
