package io.berth.ui.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Asks a sibling service's {@code /q/health/ready}; only a 200 counts as healthy. */
@ApplicationScoped
public class ServiceProbe {

    private static final Logger LOG = Logger.getLogger(ServiceProbe.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public ComponentHealth probe(String name, String baseUrl) {
        String url = stripSlash(baseUrl) + "/q/health/ready";
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return ComponentHealth.healthy(name);
            }
            return ComponentHealth.unhealthy(name, "readiness answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentHealth.unhealthy(name, "interrupted");
        } catch (Exception e) {
            LOG.debugf("failed to probe component %s", name);
            return ComponentHealth.unhealthy(name, "unreachable");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
