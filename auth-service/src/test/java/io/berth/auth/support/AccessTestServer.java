package io.berth.auth.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.berth.common.internal.AccessAnswer;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.internal.InternalApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for ui-service's internal API on a loopback port. {@code /internal/v1/access} with a
 * fixed policy: a system admin holds everything; project {@code library} is public (pull for all)
 * and users whose name starts with {@code dev} may also push there; nothing else is granted.
 * {@code GET /last} answers the last question it received and {@code GET /calls} every internal
 * call it received ({@code METHOD path}, in order), for assertions. It answers nothing else: the
 * settings auth-service applies are pushed to it, never asked for.
 */
public final class AccessTestServer implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String secret;
    private final AtomicReference<byte[]> last = new AtomicReference<>("{}".getBytes(StandardCharsets.UTF_8));
    private final List<String> calls = new CopyOnWriteArrayList<>();

    public AccessTestServer(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(InternalApi.PREFIX, this::internal);
        server.createContext("/last", ex -> send(ex, 200, last.get()));
        server.createContext("/calls", ex -> send(ex, 200, json.writeValueAsBytes(calls)));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void internal(HttpExchange ex) throws IOException {
        calls.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
        if (!secret.equals(ex.getRequestHeaders().getFirst(InternalApi.SECRET_HEADER))) {
            send(ex, 401, "{}".getBytes(StandardCharsets.UTF_8));
        } else if (ex.getRequestURI().getPath().equals(InternalApi.ACCESS)) {
            access(ex);
        } else {
            send(ex, 404, "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void access(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        last.set(body);
        AccessQuestion q = json.readValue(body, AccessQuestion.class);
        List<AccessQuestion.Resource> out = new ArrayList<>();
        for (AccessQuestion.Resource r : q.resources()) {
            out.add(new AccessQuestion.Resource(r.type(), r.name(), granted(q, r)));
        }
        send(ex, 200, json.writeValueAsBytes(new AccessAnswer(out)));
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
