package io.berth.collector.syslog;

import io.berth.collector.config.CollectorConfig;
import io.berth.collector.store.LogRecord;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what arrives (as Prometheus counters), shows how many senders are held back (a gauge)
 * and, like rsyslog's impstats, logs the totals
 * every interval. That line is also the collector's own heartbeat in {@code log.log}: its
 * syslog handler starts before our port is bound, drops what it logs until it has
 * reconnected, and only tries again when something is logged.
 */
@ApplicationScoped
public class SyslogStats {

    private static final Logger LOG = Logger.getLogger(SyslogStats.class);

    private static final long FIRST_LINE_MILLIS = 15_000;

    private final LongAdder tcp = new LongAdder();
    private final LongAdder udp = new LongAdder();
    private final LongAdder unparsed = new LongAdder();
    private final AtomicInteger paused = new AtomicInteger();
    private final Vertx vertx;
    private final CollectorConfig config;
    private long timer = -1;

    public SyslogStats(MeterRegistry registry, Vertx vertx, CollectorConfig config) {
        this.vertx = vertx;
        this.config = config;
        FunctionCounter.builder("berth.collector.messages", tcp, LongAdder::sum).tag("transport", "tcp").register(registry);
        FunctionCounter.builder("berth.collector.messages", udp, LongAdder::sum).tag("transport", "udp").register(registry);
        FunctionCounter.builder("berth.collector.unparsed", unparsed, LongAdder::sum).register(registry);
        Gauge.builder("berth.collector.paused.connections", paused, AtomicInteger::get)
                .description("TCP senders held back (not read) until the writer catches up with the disk")
                .register(registry);
    }

    void paused() {
        paused.incrementAndGet();
    }

    void resumed() {
        paused.decrementAndGet();
    }

    /** TCP connections currently not read because the writer is behind. */
    public int pausedConnections() {
        return paused.get();
    }

    void received(boolean overTcp, LogRecord record) {
        (overTcp ? tcp : udp).increment();
        if (LogRecord.UNPARSED.equals(record.tag())) {
            unparsed.increment();
        }
    }

    void start(@Observes StartupEvent startup) {
        long interval = config.statsIntervalSeconds() * 1000L;
        if (interval > 0) {
            // a first line soon after start, once the handler has had time to reconnect
            timer = vertx.setPeriodic(Math.min(interval, FIRST_LINE_MILLIS), interval, id -> logTotals());
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void logTotals() {
        LOG.infof("syslog statistics tcp=%d udp=%d unparsed=%d", tcp.sum(), udp.sum(), unparsed.sum());
    }
}
