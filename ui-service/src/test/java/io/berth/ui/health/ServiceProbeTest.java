package io.berth.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.berth.common.http.OutboundHttp;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The peers' health checks on the shared Vert.x client: a status, a refusal and silence. */
class ServiceProbeTest {

    private Vertx vertx;
    private OutboundHttp http;
    private ServiceProbe probe;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        http = new OutboundHttp(vertx);
        probe = new ServiceProbe(http);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void onlyA200IsHealthy() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/q/health/ready", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/down/q/health/ready", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(ComponentHealth.healthy("registry"), probe.probe("registry", base + "/").get(30, TimeUnit.SECONDS));
            assertEquals(ComponentHealth.unhealthy("auth", "readiness answered 503"),
                    probe.probe("auth", base + "/down").get(30, TimeUnit.SECONDS));
        } finally {
            server.stop(0);
        }
    }

    /** A peer that takes the connection and never answers is unhealthy once the probe's timeout ends it. */
    @Test
    void aSilentPeerIsUnreachable() throws Exception {
        List<Socket> held = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            assertEquals(ComponentHealth.unhealthy("log", "unreachable"),
                    probe.probe("log", "http://127.0.0.1:" + silent.getLocalPort()).get(60, TimeUnit.SECONDS));
        } finally {
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aUrlTheClientCannotUseIsUnreachable() throws Exception {
        assertEquals(ComponentHealth.unhealthy("auth", "unreachable"),
                probe.probe("auth", "not a url").get(30, TimeUnit.SECONDS));
    }
}
