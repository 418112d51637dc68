package io.berth.registry.proxy;

import io.vertx.core.MultiMap;
import java.io.Closeable;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/** An upstream's answer (200 or 404): status, headers and the body as it streams in. Close it when done. */
public record UpstreamResponse(int statusCode, MultiMap headers, InputStream body) implements Closeable {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** Content-Length; empty when absent or not a number a long holds. */
    public OptionalLong contentLength() {
        try {
            String v = headers.get("Content-Length");
            long n = v == null ? -1 : Long.parseLong(v.trim());
            return n < 0 ? OptionalLong.empty() : OptionalLong.of(n);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (java.io.IOException e) {
            // nothing left to release
        }
    }
}
