package io.berth.registry.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.berth.common.event.EventEnvelope;
import io.berth.common.event.RegistryEvent;
import io.berth.common.internal.InternalApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A stand-in for ui-service's {@code /internal/v1/events}, bound to a free loopback port it
 * reports (port 0, read back). While {@linkplain #down() down} it answers 503, as a receiver
 * that is restarting would; every event it took is kept with the secret that came with it.
 */
public final class EventReceiver {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<RegistryEvent> events = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean up = true;

    private EventReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(InternalApi.EVENTS, ex -> {
            try (ex) {
                if (!up) {
                    refused.incrementAndGet();
                    ex.sendResponseHeaders(503, -1);
                    return;
                }
                List<RegistryEvent> batch = json.readValue(ex.getRequestBody(), EventEnvelope.class).events();
                synchronized (this) {
                    events.addAll(batch);
                    secrets.add(ex.getRequestHeaders().getFirst(InternalApi.SECRET_HEADER));
                }
                ex.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    public static EventReceiver start() {
        try {
            return new EventReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + InternalApi.EVENTS;
    }

    public void down() {
        up = false;
    }

    public void up() {
        up = true;
    }

    /** Deliveries answered 503 so far. */
    public int refused() {
        return refused.get();
    }

    /** The events taken so far that match, in the order they arrived. */
    public synchronized List<RegistryEvent> events(Predicate<RegistryEvent> match) {
        return events.stream().filter(match).toList();
    }

    public synchronized List<String> secrets() {
        return new ArrayList<>(secrets);
    }
}
