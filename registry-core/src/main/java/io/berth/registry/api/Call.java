package io.berth.registry.api;

import io.berth.registry.auth.Access;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.InputStream;

/** One authorized request to a {@code /v2/} resource, handled on a worker thread. */
public record Call(RoutingContext ctx, V2Path path, Access access, RequestBodyStream body) {

    public HttpServerRequest request() {
        return ctx.request();
    }

    public HttpServerResponse response() {
        return ctx.response();
    }

    public String name() {
        return path.name();
    }

    public String header(String name) {
        return ctx.request().getHeader(name);
    }

    public String query(String name) {
        return ctx.request().getParam(name);
    }

    public boolean head() {
        return ctx.request().method() == io.vertx.core.http.HttpMethod.HEAD;
    }

    /** The body, or null when the request declares none. */
    public InputStream bodyIfAny() {
        String length = header("Content-Length");
        boolean chunked = "chunked".equalsIgnoreCase(header("Transfer-Encoding"));
        if (!chunked && (length == null || length.equals("0"))) {
            return null;
        }
        return body;
    }

    public String userAgent() {
        String ua = header("User-Agent");
        return ua == null ? "" : ua;
    }
}
