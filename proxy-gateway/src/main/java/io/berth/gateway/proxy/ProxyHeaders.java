package io.berth.gateway.proxy;

import io.berth.common.http.ClientAddress;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies headers across the gateway: everything end-to-end passes untouched (Host,
 * Location, WWW-Authenticate, Authorization, ...), hop-by-hop headers (RFC 9110 7.6.1) and
 * those named in {@code Connection} stay behind, and requests gain the X-Forwarded-* set.
 */
@ApplicationScoped
public class ProxyHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "te", "trailer", "transfer-encoding", "upgrade",
            // the gateway answers 100-continue itself, as nginx does
            "expect",
            // the gateway is the edge: clients do not get to claim forwarding information
            "forwarded", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port",
            ClientAddress.REAL_IP.toLowerCase(Locale.ROOT));

    /** Headers for the upstream request. */
    public MultiMap forUpstream(HttpServerRequest request) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        copyEndToEnd(request.headers(), out);
        String host = originalHost(request);
        if (host != null) {
            out.set("Host", host);
        }
        String client = clientAddress(request.remoteAddress());
        String priorFor = request.headers().get("X-Forwarded-For");
        if (client != null) {
            out.set("X-Forwarded-For", priorFor == null || priorFor.isBlank() ? client : priorFor + ", " + client);
            out.set(ClientAddress.REAL_IP, client);
        }
        String scheme = request.isSSL() ? "https" : "http";
        out.set("X-Forwarded-Proto", scheme);
        if (host != null) {
            out.set("X-Forwarded-Host", host);
        }
        out.set("X-Forwarded-Port", String.valueOf(forwardedPort(host, scheme, request)));
        return out;
    }

    /** Copies the upstream's response headers onto the client response. */
    public void copyResponse(MultiMap upstream, MultiMap client) {
        copyEndToEnd(upstream, client);
    }

    private static void copyEndToEnd(MultiMap from, MultiMap to) {
        Set<String> named = connectionTokens(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !named.contains(name)) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }

    private static Set<String> connectionTokens(MultiMap headers) {
        Set<String> tokens = new HashSet<>();
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                String t = token.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
        }
        return tokens;
    }

    private static String originalHost(HttpServerRequest request) {
        String host = request.headers().get("Host");
        if (host != null && !host.isBlank()) {
            return host;
        }
        HostAndPort authority = request.authority();
        return authority == null ? null : authority.toString();
    }

    private static int forwardedPort(String host, String scheme, HttpServerRequest request) {
        if (host != null) {
            int colon = host.lastIndexOf(':');
            int bracket = host.lastIndexOf(']');
            if (colon > bracket && colon < host.length() - 1) {
                try {
                    return Integer.parseInt(host.substring(colon + 1));
                } catch (NumberFormatException ignored) {
                    // fall through to the scheme's default
                }
            }
            return scheme.equals("https") ? 443 : 80;
        }
        SocketAddress local = request.localAddress();
        return local == null ? (scheme.equals("https") ? 443 : 80) : local.port();
    }

    private static String clientAddress(SocketAddress remote) {
        if (remote == null) {
            return null;
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }
}
