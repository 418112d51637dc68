package io.berth.gateway.proxy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.epoll.AbstractEpollStreamChannel;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses how an answer's body crosses the gateway: large bodies of a known length between two plain
 * HTTP/1 sockets on one event loop are spliced in the kernel ({@link SplicedAnswer}), every other
 * body is relayed chunk by chunk ({@link Relay}).
 */
@ApplicationScoped
public class AnswerRelays {

    /**
     * Smaller bodies are relayed: a splice costs the upstream connection (see {@link SplicedAnswer}),
     * and below a few MiB the copy is cheaper than a new connection.
     */
    static final long SPLICE_FROM = 8L * 1024 * 1024;

    private final Counter splicedBytes;

    public AnswerRelays(MeterRegistry registry) {
        this.splicedBytes = Counter.builder("gateway.answer.spliced")
                .baseUnit("bytes")
                .description("Answer body bytes moved from an upstream socket to a client socket by splice(2)")
                .register(registry);
    }

    /** Starts moving {@code answer}'s body, which must be paused and have no handlers yet, into {@code response}. */
    BodyRelay start(HttpServerRequest request, HttpServerResponse response, HttpClientResponse answer) {
        long length = spliceableLength(request, answer);
        if (length >= SPLICE_FROM) {
            AbstractEpollStreamChannel client = SplicePlumbing.plainSocket(request.connection());
            AbstractEpollStreamChannel upstream = SplicePlumbing.plainSocket(answer.request().connection());
            if (client != null && upstream != null && client.eventLoop() == upstream.eventLoop()) {
                return SplicedAnswer.start(answer, response, upstream, client, length, splicedBytes);
            }
        }
        return Relay.start(answer, response);
    }

    /** The body's length if it may be spliced (a whole or ranged GET answered over HTTP/1), else -1. */
    private static long spliceableLength(HttpServerRequest request, HttpClientResponse answer) {
        if (request.method() != HttpMethod.GET || request.version() == HttpVersion.HTTP_2
                || (answer.statusCode() != 200 && answer.statusCode() != 206)
                || answer.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return -1;
        }
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
