package io.berth.collector.syslog;

import io.berth.collector.store.LogWriter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetSocket;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * One TCP sender. Reads frames and queues their records; when the writer falls behind the
 * socket is paused, so the sender's TCP window fills and it waits instead of losing lines.
 */
final class SyslogConnection {

    private static final Logger LOG = Logger.getLogger(SyslogConnection.class);

    private final NetSocket socket;
    private final SyslogParser parser;
    private final LogWriter writer;
    private final SyslogStats stats;
    private final SyslogFrameDecoder decoder;
    private boolean paused;

    SyslogConnection(NetSocket socket, SyslogParser parser, LogWriter writer, SyslogStats stats, int maxMessageBytes) {
        this.stats = stats;
        this.socket = socket;
        this.parser = parser;
        this.writer = writer;
        this.decoder = new SyslogFrameDecoder(maxMessageBytes);
    }

    void start() {
        Context context = Vertx.currentContext();
        socket.handler(data -> {
            boolean[] keepReading = {true};
            decoder.feed(data.getBytes(), frame -> keepReading[0] &= writer.submit(record(frame)));
            if (!keepReading[0] && !paused) {
                paused = true;
                stats.paused();
                socket.pause();
                writer.whenDrained(() -> context.runOnContext(v -> {
                    if (paused) {
                        paused = false;
                        stats.resumed();
                        socket.resume();
                    }
                }));
            }
        });
        socket.endHandler(end -> decoder.finish(frame -> writer.submit(record(frame))));
        socket.closeHandler(closed -> {
            if (paused) {
                paused = false;
                stats.resumed();
            }
        });
        socket.exceptionHandler(failure -> LOG.debugf("syslog connection failed: %s", failure.getMessage()));
    }

    private LogRecord record(byte[] frame) {
        LogRecord record = parser.parse(new String(frame, StandardCharsets.UTF_8));
        stats.received(true, record);
        return record;
    }
}
