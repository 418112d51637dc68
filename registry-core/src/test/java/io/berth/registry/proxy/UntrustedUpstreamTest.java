package io.berth.registry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.http.OutboundHttp;
import io.berth.testsupport.registry.DistributionRegistry;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proxy-cache project's registry marked insecure (Harbor's "verify remote cert" off) is reached
 * over https with a self-signed certificate; every other upstream client still refuses that certificate.
 */
class UntrustedUpstreamTest {

    @TempDir
    Path dir;

    @Test
    void onlyAnInsecureEndpointAcceptsAnUntrustedCertificate() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Vertx vertx = Vertx.vertx();
        try (DistributionRegistry upstream = DistributionRegistry.startTls(dir, "")) {
            OutboundHttp http = new OutboundHttp(vertx);
            UpstreamClient insecure = UpstreamClient.of(upstream.url(), Optional.empty(), Optional.empty(), true, json, http);
            try (UpstreamResponse r = insecure.headManifest("lib/app", "latest", null)) {
                assertEquals(404, r.statusCode(), "the upstream answered over TLS");
            }

            UpstreamClient verifying = UpstreamClient.of(upstream.url(), Optional.empty(), Optional.empty(), false, json, http);
            UpstreamException refused = assertThrows(UpstreamException.class,
                    () -> verifying.headManifest("lib/app", "latest", null));
            Throwable cause = refused.getCause();
            while (cause != null && !(cause instanceof SSLHandshakeException)) {
                cause = cause.getCause();
            }
            assertInstanceOf(SSLHandshakeException.class, cause, () -> "refused for its certificate: " + refused);
        } finally {
            vertx.close();
        }
    }
}
