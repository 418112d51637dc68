package io.berth.registry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.testsupport.registry.DistributionRegistry;
import java.io.InputStream;
import java.net.http.HttpResponse;
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
        try (DistributionRegistry upstream = DistributionRegistry.startTls(dir, "")) {
            UpstreamClient insecure = UpstreamClient.of(upstream.url(), Optional.empty(), Optional.empty(), true, json);
            HttpResponse<InputStream> r = insecure.headManifest("lib/app", "latest", null);
            r.body().close();
            assertEquals(404, r.statusCode(), "the upstream answered over TLS");

            UpstreamClient verifying = UpstreamClient.of(upstream.url(), Optional.empty(), Optional.empty(), false, json);
            UpstreamException refused = assertThrows(UpstreamException.class,
                    () -> verifying.headManifest("lib/app", "latest", null));
            assertInstanceOf(SSLHandshakeException.class, refused.getCause());
        }
    }
}
