package io.berth.common.harbor;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * How a failure goes on the wire of an {@code /api/} service: its status, {@link HarborErrorBody}
 * as JSON and its headers. Each service's one exception mapper answers through here, so every
 * service writes the same failure the same way.
 */
public final class HarborErrorResponse {

    private HarborErrorResponse() {
    }

    public static Response of(HarborException e) {
        return of(e.error().status(), e.error(), e.getMessage(), e.headers());
    }

    public static Response of(HarborError error, String message) {
        return of(error.status(), error, message, Map.of());
    }

    /**
     * A failure the framework raised (no route, wrong method or media type): its own status with
     * the nearest catalogue code and a message of ours, never the framework's text.
     */
    public static Response of(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = e instanceof NotFoundException ? "not found"
                : e instanceof NotAllowedException ? "method not allowed"
                : e instanceof NotSupportedException ? "unsupported media type"
                : e instanceof NotAcceptableException ? "not acceptable"
                : status >= 500 ? "internal error"
                : "invalid request";
        return of(status, HarborError.forStatus(status), message, Map.of());
    }

    private static Response of(int status, HarborError error, String message, Map<String, String> headers) {
        Response.ResponseBuilder r = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(HarborErrorBody.of(error, message));
        headers.forEach(r::header);
        return r.build();
    }
}
