package io.berth.tools.prepare;

/** log-collector's {@code log/application.properties}. */
final class LogConfig {

    private LogConfig() {
    }

    static String render(Settings s, Topology t) {
        PropertiesFile f = PropertiesFile.service("log-collector", PropertiesFile.LOG_TAG, t.bindHost(), t.logHttp().port(), t);
        f.section("syslog reception (tcp and udp) and files per tag");
        f.put("collector.syslog-host", t.bindHost());
        f.put("collector.syslog-port", t.syslog().port());
        f.put("collector.dir", t.logDir());
        f.put("collector.rotate-size", s.logRotateSize());
        f.put("collector.rotate-count", s.logRotateCount());
        return f.render();
    }
}
