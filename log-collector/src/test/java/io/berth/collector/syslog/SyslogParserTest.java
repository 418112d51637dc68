package io.berth.collector.syslog;

import io.berth.collector.store.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyslogParserTest {

    private final SyslogParser parser = new SyslogParser();

    @Test
    void readsRfc5424() {
        LogRecord record = parser.parse(
                "<134>1 2026-11-28T12:00:00.123Z host1 registry 4711 - - \uFEFFpushed library/alpine:3.19");

        assertEquals("registry", record.tag());
        assertEquals("2026-11-28T12:00:00.123Z host1 registry[4711]: pushed library/alpine:3.19", record.line());
    }

    @Test
    void keepsStructuredDataAndHandlesNilFields() {
        LogRecord record = parser.parse(
                "<165>1 2026-11-28T12:00:00Z - core - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"App\\]x\"][b@1 c=\"d\"] hello");

        assertEquals("core", record.tag());
        assertEquals("2026-11-28T12:00:00Z - core: [exampleSDID@32473 iut=\"3\" eventSource=\"App\\]x\"][b@1 c=\"d\"] hello",
                record.line());
    }

    @Test
    void readsRfc5424WithoutMessage() {
        LogRecord record = parser.parse("<13>1 2026-11-28T12:00:00Z h auth 1 - -");

        assertEquals("auth", record.tag());
        assertEquals("2026-11-28T12:00:00Z h auth[1]: ", record.line());
    }

    @Test
    void readsRfc3164AsDockerSendsItWithoutHostname() {
        LogRecord record = parser.parse("<30>Nov  8 12:00:01 proxy[1234]: 172.18.0.1 - GET /v2/ 200");

        assertEquals("proxy", record.tag());
        assertEquals("Nov  8 12:00:01 - proxy[1234]: 172.18.0.1 - GET /v2/ 200", record.line());
    }

    @Test
    void readsRfc3164WithHostname() {
        LogRecord record = parser.parse("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8");

        assertEquals("su", record.tag());
        assertEquals("Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8", record.line());
    }

    @Test
    void sanitizesTagsSoNoFileLeavesTheFolder() {
        assertEquals("unknown", parser.parse("<13>1 - h .. - - - x").tag());
        assertEquals("_.._etc_passwd", parser.parse("<13>1 - h /../etc/passwd - - - x").tag());
        assertEquals("a_b", parser.parse("<13>Nov 28 12:00:00 h a\\b: x").tag());
        assertEquals("unknown", parser.parse("<13>1 - h - - - - x").tag());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "no priority at all",
            "<999>1 2026-11-28T12:00:00Z h app - - - pri too big",
            "<13>1 2026-11-28T12:00:00Z h",
            "<13>1 2026-11-28T12:00:00Z h app 1 id [unclosed structured data",
            "<13>just words without a tag",
            "",
    })
    void keepsMalformedMessagesRaw(String raw) {
        LogRecord record = parser.parse(raw);

        assertEquals(LogRecord.UNPARSED, record.tag());
        assertEquals(raw, record.line());
    }
}
