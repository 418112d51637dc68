package io.berth.collector.syslog;

import io.berth.collector.store.LogRecord;
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
    /** Reading is paused by us until the writer drains. */
    private boolean paused;
    /** Counted in {@link SyslogStats} as a held sender (ends with the connection too). */
    private boolean counted;

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
                counted = true;
                stats.paused();
                socket.pause();
                writer.whenDrained(() -> context.runOnContext(v -> {
                    if (paused) {
                        paused = false;
                        uncount();
                        // also after a close: Vert.x keeps what arrived before it until resumed
                        socket.resume();
                    }
                }));
            }
        });
        socket.endHandler(end -> decoder.finish(frame -> writer.submit(record(frame))));
        // the sender hung up, but lines it sent may still wait in the paused socket's buffer:
        // only the count ends here, the drain above still resumes and reads them
        socket.closeHandler(closed -> uncount());
        socket.exceptionHandler(failure -> LOG.debugf("syslog connection failed: %s", failure.getMessage()));
    }

    private void uncount() {
        if (counted) {
            counted = false;
            stats.resumed();
        }
    }

    private LogRecord record(byte[] frame) {
        LogRecord record = parser.parse(new String(frame, StandardCharsets.UTF_8));
        stats.received(true, record);
        return record;
    }
}
