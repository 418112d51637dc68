package io.berth.registry.auth;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Runs the registry with token auth against a fresh test certificate, and serves a tiny token
 * endpoint (the realm) that signs with the test key: user {@code dev} / {@code secret} gets
 * every action asked for, anyone else gets nothing (narrowing, as auth-service does).
 */
public class TokenProfile implements QuarkusTestProfile {

    public static final TestKeys KEYS = TestKeys.create();
    /** A second trusted signer in the bundle: an EC P-256 key, as prepare now makes. */
    public static final TestKeys EC_KEYS = TestKeys.createEc();
    public static final String REALM = startTokenServer();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "auth.token.realm", REALM,
                "auth.token.service", "harbor-registry",
                "auth.token.issuer", "harbor-token-issuer",
                "auth.token.rootcertbundle", bundle().toString());
    }

    /** Both certificates in one bundle, as distribution's rootcertbundle may hold several. */
    private static Path bundle() {
        try {
            Path bundle = KEYS.certPem.resolveSibling("bundle.crt");
            Files.writeString(bundle, Files.readString(KEYS.certPem) + Files.readString(EC_KEYS.certPem));
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String startTokenServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/service/token", ex -> {
                String auth = ex.getRequestHeaders().getFirst("Authorization");
                boolean dev = auth != null && auth.startsWith("Basic ") && new String(
                        Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8).equals("dev:secret");
                List<Map<String, Object>> access = new ArrayList<>();
                String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
                for (String kv : query.split("&")) {
                    if (kv.startsWith("scope=") && dev) {
                        for (String scope : URLDecoder.decode(kv.substring(6), StandardCharsets.UTF_8).split(" ")) {
                            String[] p = scope.split(":");
                            access.add(Map.of("type", p[0], "name", p[1], "actions", List.of(p[2].split(","))));
                        }
                    }
                }
                String token = KEYS.token(dev ? "dev" : "", "harbor-token-issuer", "harbor-registry", 300, access);
                byte[] body = ("{\"token\":\"" + token + "\",\"access_token\":\"" + token + "\",\"expires_in\":300}")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/service/token";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
