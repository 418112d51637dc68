package io.berth.gateway.proxy;

import io.berth.common.http.AbandonedAnswer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * One request's trip to its upstream, as far as stopping it goes: {@link #abandon} ends it when the
 * client went away, without ever closing a pooled connection that already carries another request
 * (see {@link AbandonedAnswer}). An exchange is reset while its connection still owes it its request
 * body or its answer's head, or when a large part of the answer is still to come; otherwise the rest
 * of the answer is read and dropped and the connection goes back to the pool.
 * <p>
 * Every method runs on the event loop of the client's request, which is also the context of the
 * upstream request's events.
 */
final class UpstreamExchange {

    private final HttpClientRequest request;
    private boolean requestEnded;
    private HttpClientResponse answer;
    private BodyRelay relay;

    UpstreamExchange(HttpClientRequest request) {
        this.request = request;
    }

    /** Ends the upstream request; from here on its connection owes it nothing more to send. */
    void endRequest() {
        requestEnded = true;
        request.end();
    }

    /** The answer arrived and is being relayed by {@code relay} (null when not relayed). */
    void answered(HttpClientResponse answer, BodyRelay relay) {
        this.answer = answer;
        this.relay = relay;
    }

    /**
     * Stops the exchange: the client is gone or cannot take the answer.
     *
     * @param forwarded how many bytes of the answer's body reached the client side already
     */
    void abandon(long forwarded) {
        if (!requestEnded || answer == null) {
            // the connection still carries this exchange: it cannot be in the pool
            request.reset();
            return;
        }
        if (answer.end().isComplete()) {
            return; // the answer is whole: the connection is back in the pool or on its way there
        }
        if (AbandonedAnswer.resettable(answer, forwarded)) {
            request.reset(); // the connection has not read that far: it still carries this answer
            return;
        }
        if (relay != null) {
            relay.close(); // the rest flows into nothing
        } else {
            answer.handler(DirectChunks::release);
            answer.resume();
        }
    }
}
