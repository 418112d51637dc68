package io.berth.registry.api;

import java.io.IOException;

/**
 * The client's side of an exchange failed: its request body broke off or stalled, or it stopped
 * reading the response. Unlike any other I/O failure this says nothing about the registry's
 * storage, so it is neither an outage (503) nor worth an error in the log.
 */
public final class ClientConnectionException extends IOException {

    public ClientConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ClientConnectionException(String message) {
        super(message);
    }
}
