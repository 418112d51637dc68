package io.berth.ui.health;

import io.berth.common.http.OutboundHttp;
import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.codec.BodyCodec;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/** Asks a sibling service's {@code /q/health/ready}; only a 200 counts as healthy. */
@ApplicationScoped
public class ServiceProbe {

    private static final Logger LOG = Logger.getLogger(ServiceProbe.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final WebClient web;

    public ServiceProbe(OutboundHttp http) {
        this.web = http.web(false);
    }

    /** Completes with the component's health, never exceptionally (the body is not kept). */
    public CompletableFuture<ComponentHealth> probe(String name, String baseUrl) {
        String url = stripSlash(baseUrl) + "/q/health/ready";
        Future<ComponentHealth> answer;
        try {
            answer = web.getAbs(url).connectTimeout(TIMEOUT.toMillis()).timeout(TIMEOUT.toMillis())
                    .as(BodyCodec.none()).send()
                    .map(r -> r.statusCode() == 200 ? ComponentHealth.healthy(name)
                            : ComponentHealth.unhealthy(name, "readiness answered " + r.statusCode()));
        } catch (RuntimeException e) { // a URL the client cannot use
            answer = Future.failedFuture(e);
        }
        return answer.otherwise(e -> {
            LOG.debugf("failed to probe component %s: %s", name, e.getMessage());
            return ComponentHealth.unhealthy(name, "unreachable");
        }).toCompletionStage().toCompletableFuture();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
