package io.berth.registry.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.EventEnvelope;
import io.berth.common.event.RegistryEvent;
import io.berth.common.internal.InternalApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** POSTs a batch of events to one notifications endpoint with the internal secret. */
final class EventSender {

    private final HttpClient client;
    private final URI url;
    private final Duration timeout;
    private final String secret;
    private final ObjectMapper json;

    EventSender(HttpClient client, URI url, Duration timeout, String secret, ObjectMapper json) {
        this.client = client;
        this.url = url;
        this.timeout = timeout;
        this.secret = secret;
        this.json = json;
    }

    /** True when the receiver took the batch (2xx). */
    boolean send(List<RegistryEvent> events) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(new EventEnvelope(events))));
            if (secret != null) {
                b.header(InternalApi.SECRET_HEADER, secret);
            }
            int status = client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
