package io.berth.gateway.proxy;

import io.berth.gateway.support.GatewayInFront;
import io.berth.gateway.support.GatewayProcess;
import io.berth.gateway.support.SelfSignedCertificate;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged gateway configured for HTTPS (as prepare does for ui_url_protocol = https). */
class HttpsGatewayIT {

    private static SelfSignedCertificate certificate;
    private static int httpsPort;

    @RegisterExtension
    static final GatewayInFront SERVERS = new GatewayInFront("https", HttpsGatewayIT::https, List.of("-Xmx128m"));

    /** The certificate and the HTTPS port, made when the class starts. */
    private static Map<String, String> https() throws Exception {
        certificate = SelfSignedCertificate.create(Path.of("target", "it", "https", "cert").toAbsolutePath());
        httpsPort = GatewayProcess.freePort();
        return Map.of(
                "quarkus.http.ssl-port", String.valueOf(httpsPort),
                "quarkus.http.ssl.certificate.files", certificate.certificate().toString(),
                "quarkus.http.ssl.certificate.key-files", certificate.key().toString(),
                "quarkus.http.insecure-requests", "redirect");
    }

    @Test
    void servesHttpsAndTellsTheUpstream() throws Exception {
        HttpResponse<String> response = trustingClient().send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/v2/?x=1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject echo = new JsonObject(response.body());
        assertEquals("/v2/?x=1", echo.getString("uri"));
        JsonObject headers = echo.getJsonObject("headers");
        assertEquals("https", headers.getString("x-forwarded-proto"));
        assertEquals("localhost:" + httpsPort, headers.getString("host"));
        assertEquals(String.valueOf(httpsPort), headers.getString("x-forwarded-port"));
    }

    @Test
    void redirectsPlainHttpToHttps() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> response = plain.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + SERVERS.gateway().port() + "/v2/p/r/tags/list?n=5")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(List.of(301, 302, 307, 308).contains(response.statusCode()), "status " + response.statusCode());
        assertEquals("https://localhost:" + httpsPort + "/v2/p/r/tags/list?n=5",
                response.headers().firstValue("Location").orElse(null));
    }

    private static HttpClient trustingClient() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("gateway", certificate.x509());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1).build();
    }
}
