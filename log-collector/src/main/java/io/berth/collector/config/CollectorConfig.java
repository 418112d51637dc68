package io.berth.collector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Where the collector listens and how it keeps the files. */
@ConfigMapping(prefix = "collector")
public interface CollectorConfig {

    /** Address the syslog listeners bind to. */
    @WithDefault("0.0.0.0")
    String syslogHost();

    /** Port for both the TCP and the UDP syslog listener; 0 picks a free one (tests). */
    @WithDefault("1514")
    int syslogPort();

    /** Folder of the log files, one {@code <tag>.log} per sender tag. */
    Path dir();

    /** Size at which a file is rotated: bytes, or with a k, M or G suffix (harbor.cfg's log_rotate_size). */
    @WithDefault("200M")
    String rotateSize();

    /** Rotated files kept per tag ({@code <tag>.log.1} newest); 0 keeps none (harbor.cfg's log_rotate_count). */
    @WithDefault("50")
    int rotateCount();

    /** Interval of the statistics line (also the collector's own heartbeat in log.log); 0 turns it off. */
    @WithDefault("60")
    int statsIntervalSeconds();

    /** Largest octet-counted frame accepted; longer ones are cut into raw lines. */
    @WithDefault("8388608")
    int maxMessageBytes();
}
