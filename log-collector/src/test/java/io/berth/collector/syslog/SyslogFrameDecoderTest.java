package io.berth.collector.syslog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyslogFrameDecoderTest {

    private final List<String> frames = new ArrayList<>();
    private final SyslogFrameDecoder decoder = new SyslogFrameDecoder(1024);

    private void feed(String text) {
        decoder.feed(text.getBytes(StandardCharsets.UTF_8), f -> frames.add(new String(f, StandardCharsets.UTF_8)));
    }

    @Test
    void splitsNewlineFramedMessages() {
        feed("<13>1 - h a - - - one\n<13>1 - h a - - - two\r\n<13>1 - h a - - - thr");
        feed("ee\n");

        assertEquals(List.of("<13>1 - h a - - - one", "<13>1 - h a - - - two", "<13>1 - h a - - - three"), frames);
    }

    @Test
    void readsOctetCountedMessagesEvenWithNewlinesInside() {
        String first = "<13>1 - h a - - - line one\nline two";
        String second = "<14>1 - h a - - - é";
        feed(bytes(first) + " " + first + bytes(second) + " " + second);

        assertEquals(List.of(first, second), frames);
    }

    @Test
    void detectsTheFramingPerMessageOnOneConnection() {
        String counted = "<13>1 - h a - - - counted";
        feed("<13>1 - h a - - - plain\n" + bytes(counted) + " " + counted + "\n12345 not a count\n");

        assertEquals(List.of("<13>1 - h a - - - plain", counted, "12345 not a count"), frames);
    }

    @Test
    void reassemblesFramesSplitAtEveryByte() {
        String counted = "<13>1 - h a - - - counted";
        String stream = bytes(counted) + " " + counted + "<13>Nov 28 12:00:00 proxy[1]: bsd\n";
        for (char c : stream.toCharArray()) {
            feed(String.valueOf(c));
        }

        assertEquals(List.of(counted, "<13>Nov 28 12:00:00 proxy[1]: bsd"), frames);
    }

    @Test
    void handsOverAnUnterminatedLastLineAtTheEnd() {
        feed("<13>1 - h a - - - one\n42");
        decoder.finish(f -> frames.add(new String(f, StandardCharsets.UTF_8)));

        assertEquals(List.of("<13>1 - h a - - - one", "42"), frames);
    }

    @Test
    void cutsAnEndlessLineInsteadOfHoldingIt() {
        feed("x".repeat(3000));

        assertEquals(2, frames.size());
        assertEquals(1024, frames.get(0).length());
    }

    private static String bytes(String message) {
        return String.valueOf(message.getBytes(StandardCharsets.UTF_8).length);
    }
}
