package io.berth.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small response helpers shared by the handlers. */
@Singleton
public class Responses {

    private final ObjectMapper json;

    public Responses(ObjectMapper json) {
        this.json = json;
    }

    public void json(Call call, int status, String contentType, Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            bytes(call, status, contentType, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void bytes(Call call, int status, String contentType, byte[] bytes) {
        HttpServerResponse r = call.response().setStatusCode(status);
        r.putHeader("Content-Type", contentType);
        r.putHeader("Content-Length", String.valueOf(bytes.length));
        if (call.head()) {
            r.end();
        } else {
            r.end(Buffer.buffer(bytes));
        }
    }

    public void empty(Call call, int status) {
        call.response().setStatusCode(status).putHeader("Content-Length", "0").end();
    }
}
