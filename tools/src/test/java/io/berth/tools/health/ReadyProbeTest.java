package io.berth.tools.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The https readiness probe deploy/local uses instead of curl, against real JDK servers on free ports. */
class ReadyProbeTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** Where a server answers, a generous bound: a loaded machine may take seconds for a TLS handshake. */
    private static final int ANSWER_MILLIS = 60_000;

    @TempDir
    Path dir;

    @Test
    void reportsTheStatusOfAPlainHttpServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        server.createContext("/q/health/ready", ex -> {
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("UP".getBytes());
            ex.close();
        });
        server.createContext("/starting", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(200, ReadyProbe.status(base + "/q/health/ready", ANSWER_MILLIS));
            assertEquals(503, ReadyProbe.status(base + "/starting", ANSWER_MILLIS));
        } finally {
            server.stop(0);
        }
    }

    /** The gateway's certificate names the public host and is often self-signed: the probe on loopback reads the status anyway. */
    @Test
    void readsAnHttpsStatusWhateverTheCertificateNames() throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSignedContext("reg.example.com")));
        server.createContext("/q/health/ready", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            assertEquals(200, ReadyProbe.status("https://127.0.0.1:" + server.getAddress().getPort() + "/q/health/ready",
                    ANSWER_MILLIS));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPortThatRefusesOrNeverAnswersIsNotReady() throws Exception {
        // bound but not listening: connections are refused, and nobody else can take the port meanwhile
        try (Socket closed = new Socket()) {
            closed.bind(new InetSocketAddress(LOOPBACK, 0));
            assertEquals(-1, ReadyProbe.status("https://127.0.0.1:" + closed.getLocalPort() + "/q/health/ready", ANSWER_MILLIS));
        }
        // listening but never answering (a part still starting, or another program on the port)
        try (ServerSocket silent = new ServerSocket(0, 1, LOOPBACK)) {
            assertEquals(-1, ReadyProbe.status("http://127.0.0.1:" + silent.getLocalPort() + "/q/health/ready", 300));
        }
    }

    private SSLContext selfSignedContext(String name) throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name, "-validity", "2")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS), "keytool timed out");
        assertEquals(0, keytool.exitValue(), output);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
