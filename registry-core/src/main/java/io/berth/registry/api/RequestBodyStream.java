package io.berth.registry.api;

import io.berth.registry.http.StreamedBody;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;

/**
 * A request body read as a blocking stream with back-pressure; a body that breaks off or stalls
 * is the client's failure ({@link ClientConnectionException}).
 */
public final class RequestBodyStream extends StreamedBody {

    public RequestBodyStream(HttpServerRequest request) {
        super(request);
    }

    @Override
    protected IOException failed(String message, Throwable cause) {
        return new ClientConnectionException("request " + message, cause);
    }
}
