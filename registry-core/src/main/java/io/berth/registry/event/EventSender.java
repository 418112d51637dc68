package io.berth.registry.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.EventEnvelope;
import io.berth.common.event.RegistryEvent;
import io.berth.common.http.OutboundHttp;
import io.berth.common.internal.InternalApi;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/** POSTs a batch of events to one notifications endpoint with the internal secret (Vert.x Web Client). */
final class EventSender {

    private static final Logger LOG = Logger.getLogger(EventSender.class);

    private final WebClient client;
    private final String url;
    private final Duration timeout;
    private final String secret;
    private final ObjectMapper json;

    EventSender(WebClient client, String url, Duration timeout, String secret, ObjectMapper json) {
        this.client = client;
        this.url = url;
        this.timeout = timeout;
        this.secret = secret;
        this.json = json;
    }

    /** True when the receiver took the batch (2xx). */
    boolean send(List<RegistryEvent> events) {
        try {
            HttpRequest<Buffer> request = client.postAbs(url).timeout(timeout.toMillis())
                    .putHeader("Content-Type", "application/json");
            if (secret != null) {
                request.putHeader(InternalApi.SECRET_HEADER, secret);
            }
            Buffer body = Buffer.buffer(json.writeValueAsBytes(new EventEnvelope(events)));
            // the Web Client's own timeout ends the request; the wait only guards against a lost callback
            int status = OutboundHttp.await(request.sendBuffer(body), timeout.plusSeconds(5)).statusCode();
            return status / 100 == 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debugf("event delivery to %s failed: %s", url, e.getMessage());
            return false;
        }
    }
}
