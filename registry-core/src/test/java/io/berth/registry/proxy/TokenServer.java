package io.berth.registry.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.berth.registry.auth.TestKeys;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A Docker-style token service for the upstream: Basic credentials in, signed JWT with the asked scope out. */
final class TokenServer implements AutoCloseable {

    static final String ISSUER = "upstream-issuer";
    static final String SERVICE = "upstream-registry";

    final TestKeys keys = TestKeys.create();
    private final Map<String, AtomicInteger> issued = new ConcurrentHashMap<>();
    private final HttpServer server;

    TokenServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::handle);
        server.start();
    }

    String realm() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** The upstream registry's {@code auth:} section trusting this service's tokens. */
    String authSection() {
        return "auth:\n  token:\n    realm: " + realm() + "\n    service: " + SERVICE + "\n    issuer: " + ISSUER
                + "\n    rootcertbundle: " + keys.certPem + "\n";
    }

    /** Tokens issued for exactly this scope. */
    int issued(String scope) {
        return issued.getOrDefault(scope, new AtomicInteger()).get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (UpstreamResource.USER + ":" + UpstreamResource.PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            ex.sendResponseHeaders(401, -1);
            ex.close();
            return;
        }
        List<Map<String, Object>> access = new ArrayList<>();
        String query = ex.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("scope=")) {
                String scope = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                issued.computeIfAbsent(scope, k -> new AtomicInteger()).incrementAndGet();
                String[] parts = scope.split(":");
                access.add(Map.of("type", parts[0], "name", parts[1], "actions", List.of(parts[2].split(","))));
            }
        }
        String token = keys.token(UpstreamResource.USER, ISSUER, SERVICE, 300, access);
        byte[] body = ("{\"token\":\"" + token + "\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
