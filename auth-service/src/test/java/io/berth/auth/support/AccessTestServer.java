package io.berth.auth.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.berth.common.internal.AccessAnswer;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.InternalApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for ui-service's internal API on a loopback port. {@code /internal/v1/access} with a
 * fixed policy: a system admin holds everything; project {@code library} is public (pull for all)
 * and users whose name starts with {@code dev} may also push there; nothing else is granted.
 * {@code GET /last} answers the last question it received, for assertions.
 * {@code /internal/v1/settings} answers the account settings that tests set with {@code PUT /settings}.
 */
public final class AccessTestServer implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String secret;
    private final AtomicReference<byte[]> last = new AtomicReference<>("{}".getBytes(StandardCharsets.UTF_8));
    private final AtomicReference<AccountSettings> settings;

    public AccessTestServer(String secret, AccountSettings initial) throws IOException {
        this.secret = secret;
        this.settings = new AtomicReference<>(initial);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(InternalApi.ACCESS, this::access);
        server.createContext("/last", ex -> send(ex, 200, last.get()));
        server.createContext(InternalApi.SETTINGS, this::settings);
        server.createContext("/settings", ex -> {
            settings.set(json.readValue(ex.getRequestBody().readAllBytes(), AccountSettings.class));
            send(ex, 200, "{}".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void access(HttpExchange ex) throws IOException {
        if (!secret.equals(ex.getRequestHeaders().getFirst(InternalApi.SECRET_HEADER))) {
            send(ex, 401, "{}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = ex.getRequestBody().readAllBytes();
        last.set(body);
        AccessQuestion q = json.readValue(body, AccessQuestion.class);
        List<AccessQuestion.Resource> out = new ArrayList<>();
        for (AccessQuestion.Resource r : q.resources()) {
            out.add(new AccessQuestion.Resource(r.type(), r.name(), granted(q, r)));
        }
        send(ex, 200, json.writeValueAsBytes(new AccessAnswer(out)));
    }

    private void settings(HttpExchange ex) throws IOException {
        if (!secret.equals(ex.getRequestHeaders().getFirst(InternalApi.SECRET_HEADER))) {
            send(ex, 401, "{}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 200, json.writeValueAsBytes(settings.get()));
    }

    private static List<String> granted(AccessQuestion q, AccessQuestion.Resource r) {
        if (q.principal().sysadmin()) {
            return r.actions();
        }
        if (!"repository".equals(r.type()) || !r.name().startsWith("library/")) {
            return List.of();
        }
        boolean developer = q.principal().username().startsWith("dev");
        return r.actions().stream().filter(a -> a.equals("pull") || developer && a.equals("push")).toList();
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
