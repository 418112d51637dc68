package io.berth.gateway.proxy;

import io.micrometer.core.instrument.Counter;
import io.netty.channel.ChannelFuture;
import io.netty.channel.epoll.AbstractEpollStreamChannel;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * Relays a large answer's body by moving it from the upstream socket to the client socket inside
 * the kernel ({@code splice(2)} through a pipe), instead of reading every byte into the gateway and
 * writing it out again: on a blob GET that halves what the gateway costs per byte (see
 * docs/performance.md).
 * <p>
 * The answer's head and what arrived with it pass through Vert.x as usual. After the first body
 * chunk the upstream socket stops being read; once everything read so far has been handed to the
 * client response, the rest of the body ({@code Content-Length} minus what was relayed) is queued
 * as splices, in segments, and the socket is read again, now by the splices. Between segments an
 * empty write on the client response marks the connection active, so that a transfer longer than
 * the idle timeout is not cut.
 * <p>
 * The upstream connection's HTTP decoder never sees the spliced bytes, so the connection cannot
 * carry another exchange: it is closed when the body is through. On any failure both connections
 * close (the client's pipe may still hold bytes of this body).
 * <p>
 * Every method runs on the event loop both connections share.
 */
final class SplicedAnswer extends BodyRelay {

    private static final Logger LOG = Logger.getLogger(SplicedAnswer.class);
    /** The longest splice queued at once; the client connection is marked active after each. */
    static final int SEGMENT = 64 * 1024 * 1024;

    private final HttpClientResponse answer;
    private final HttpServerResponse response;
    private final AbstractEpollStreamChannel upstream;
    private final AbstractEpollStreamChannel client;
    private final long length;
    private final Counter splicedBytes;
    private long relayed;
    private long toSplice;
    private long spliced;
    private boolean handOffQueued;
    private boolean handedOff;

    private SplicedAnswer(HttpClientResponse answer, HttpServerResponse response, AbstractEpollStreamChannel upstream,
            AbstractEpollStreamChannel client, long length, Counter splicedBytes) {
        this.answer = answer;
        this.response = response;
        this.upstream = upstream;
        this.client = client;
        this.length = length;
        this.splicedBytes = splicedBytes;
    }

    /**
     * Starts relaying {@code answer}, which must be paused and have no handlers yet, whose body is
     * {@code length} bytes, from {@code upstream} (its socket) to {@code response} on {@code client}.
     */
    static SplicedAnswer start(HttpClientResponse answer, HttpServerResponse response,
            AbstractEpollStreamChannel upstream, AbstractEpollStreamChannel client, long length, Counter splicedBytes) {
        SplicedAnswer relay = new SplicedAnswer(answer, response, upstream, client, length, splicedBytes);
        relay.listen(answer);
        return relay;
    }

    @Override
    void take(Buffer chunk) {
        if (handedOff) {
            // the upstream socket was read past the hand-off: these bytes cannot be put back in order
            DirectChunks.release(chunk);
            fail(new VertxException("answer bytes read after the hand-off to splice", true));
            return;
        }
        relayed += chunk.length();
        response.write(chunk).onComplete(written -> {
            DirectChunks.release(chunk);
            if (written.failed()) {
                fail(written.cause());
            }
        });
        if (!handOffQueued && relayed < length) {
            handOffQueued = true;
            // the read under way is decoded to its end, then the socket is left alone until the hand-off
            upstream.config().setAutoRead(false);
            upstream.eventLoop().execute(this::handOff);
        }
    }

    private void handOff() {
        if (done.future().isComplete()) {
            // the body ended with the read that queued the hand-off (the connection may go back to the
            // pool), or the exchange failed and what is left is read and dropped
            upstream.config().setAutoRead(true);
            return;
        }
        toSplice = length - relayed;
        handedOff = true;
        try {
            SplicePlumbing.levelTriggered(upstream);
            SplicePlumbing.levelTriggered(client);
            SplicePlumbing.widePipe(client);
            for (long queued = 0; queued < toSplice; ) {
                int segment = (int) Math.min(SEGMENT, toSplice - queued);
                queued += segment;
                ChannelFuture spliced = upstream.spliceTo(client, segment);
                spliced.addListener(segmentDone -> segmentDone(segmentDone.isSuccess(), segmentDone.cause(), segment));
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        }
        upstream.config().setAutoRead(true);
    }

    private void segmentDone(boolean succeeded, Throwable cause, int bytes) {
        if (!succeeded) {
            fail(cause);
            return;
        }
        spliced += bytes;
        splicedBytes.increment(bytes);
        if (spliced < toSplice) {
            response.write(Buffer.buffer());
            return;
        }
        SplicePlumbing.closePipe(client);
        try {
            SplicePlumbing.edgeTriggered(client);
        } catch (IOException e) {
            LOG.debugf("client connection stays level-triggered: %s", e.getMessage());
        }
        if (done.tryComplete()) {
            answer.request().connection().close();
        }
    }

    @Override
    void fail(Throwable cause) {
        if (!done.tryFail(cause)) {
            return;
        }
        LOG.debugf("spliced answer failed after %d relayed and %d spliced bytes: %s", relayed, spliced, cause.getMessage());
        if (handedOff) {
            answer.request().connection().close();
        } else {
            // the rest is read and dropped (unless the exchange resets the connection); a queued
            // hand-off lets the socket be read again
            answer.handler(DirectChunks::release);
        }
    }
}
