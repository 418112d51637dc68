package io.berth.gateway.proxy;

import io.vertx.core.Future;

/** Moves one body from one side of the gateway to the other ({@link Relay}, {@link SplicedAnswer}). */
interface BodyRelay {

    /** Completes when the whole body was handed to the other side, fails when it cannot be. */
    Future<Void> done();

    /** Stops relaying: the other side is gone. */
    void close();
}
