package io.berth.collector.syslog;

import io.berth.collector.config.CollectorConfig;
import io.berth.collector.store.LogRecord;
import io.berth.collector.store.LogWriter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.datagram.DatagramSocket;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The syslog listeners: TCP (each connection framed by {@link SyslogFrameDecoder}, paused
 * while the writer is behind) and UDP (one message per datagram), on the same port.
 */
@ApplicationScoped
public class SyslogServer {

    private static final Logger LOG = Logger.getLogger(SyslogServer.class);
    /** Vert.x also sizes each datagram read with this: the largest UDP payload, not more (default 2048 cuts messages). */
    private static final int UDP_RECEIVE_BUFFER = 64 * 1024;

    private final Vertx vertx;
    private final CollectorConfig config;
    private final SyslogParser parser;
    private final LogWriter writer;
    private final SyslogStats stats;
    private volatile NetServer tcp;
    private volatile DatagramSocket udp;

    public SyslogServer(Vertx vertx, CollectorConfig config, SyslogParser parser, LogWriter writer, SyslogStats stats) {
        this.stats = stats;
        this.vertx = vertx;
        this.config = config;
        this.parser = parser;
        this.writer = writer;
    }

    void start(@Observes StartupEvent startup) throws Exception {
        NetServer server = vertx.createNetServer(new NetServerOptions().setTcpKeepAlive(true));
        server.connectHandler(socket -> new SyslogConnection(socket, parser, writer, stats, config.maxMessageBytes()).start());
        tcp = server.listen(config.syslogPort(), config.syslogHost())
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

        DatagramSocket socket = vertx.createDatagramSocket(new DatagramSocketOptions().setReceiveBufferSize(UDP_RECEIVE_BUFFER));
        socket.handler(packet -> {
            String message = packet.data().toString(StandardCharsets.UTF_8);
            LogRecord record = parser.parse(stripLineEnd(message));
            stats.received(false, record);
            writer.submit(record);
        });
        udp = socket.listen(tcp.actualPort(), config.syslogHost())
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        LOG.infof("syslog listening on tcp and udp port %d, writing to %s", tcp.actualPort(), config.dir());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (udp != null) {
            udp.close();
        }
        if (tcp != null) {
            tcp.close();
        }
    }

    /** Both listeners are bound. */
    public boolean bound() {
        return tcp != null && udp != null;
    }

    /** The TCP port actually bound (the configured one, or the free one picked for 0); -1 before start. */
    public int tcpPort() {
        return tcp == null ? -1 : tcp.actualPort();
    }

    /** The UDP port bound; -1 before start. */
    public int udpPort() {
        return udp == null ? -1 : udp.localAddress().port();
    }

    private static String stripLineEnd(String message) {
        int end = message.length();
        while (end > 0 && (message.charAt(end - 1) == '\n' || message.charAt(end - 1) == '\r' || message.charAt(end - 1) == 0)) {
            end--;
        }
        return message.substring(0, end);
    }
}
