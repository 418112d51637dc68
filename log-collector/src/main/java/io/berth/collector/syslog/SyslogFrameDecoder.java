package io.berth.collector.syslog;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits a TCP syslog stream into messages (RFC 6587). Each frame is looked at on its own:
 * one starting with digits and a space is octet-counted ({@code 57 <34>1 ...}), anything else
 * runs to the next LF (non-transparent framing), so senders of both kinds can share a port,
 * and even a connection. Not thread-safe: one decoder per connection.
 */
public final class SyslogFrameDecoder {

    private static final int MAX_LENGTH_DIGITS = 9;

    private final int maxFrame;
    private byte[] data = new byte[8192];
    private int start;
    private int end;

    public SyslogFrameDecoder(int maxFrame) {
        this.maxFrame = maxFrame;
    }

    /** Adds received bytes and hands every complete frame to {@code frames}. */
    public void feed(byte[] bytes, Consumer<byte[]> frames) {
        append(bytes);
        while (true) {
            skipSeparators();
            if (start == end) {
                break;
            }
            byte[] frame = isDigit(data[start]) ? nextCountedOrLine() : nextLine();
            if (frame == null) {
                break;
            }
            frames.accept(frame);
        }
        compact();
    }

    /** At the end of the connection, hands over what is left as a last frame. */
    public void finish(Consumer<byte[]> frames) {
        skipSeparators();
        if (start < end) {
            frames.accept(trimLineEnd(Arrays.copyOfRange(data, start, end)));
        }
        start = end = 0;
    }

    private byte[] nextCountedOrLine() {
        int pos = start;
        long length = 0;
        while (pos < end && isDigit(data[pos]) && pos - start < MAX_LENGTH_DIGITS) {
            length = length * 10 + (data[pos] - '0');
            pos++;
        }
        if (pos == end) {
            // the length is not complete yet (or a digit line has no end yet)
            return pos - start >= MAX_LENGTH_DIGITS ? nextLine() : null;
        }
        if (data[pos] != ' ' || length == 0 || length > maxFrame) {
            return nextLine();
        }
        int bodyStart = pos + 1;
        if (end - bodyStart < length) {
            return null;
        }
        byte[] frame = Arrays.copyOfRange(data, bodyStart, bodyStart + (int) length);
        start = bodyStart + (int) length;
        return trimLineEnd(frame);
    }

    private byte[] nextLine() {
        for (int pos = start; pos < end; pos++) {
            if (data[pos] == '\n') {
                byte[] frame = Arrays.copyOfRange(data, start, pos);
                start = pos + 1;
                return trimLineEnd(frame);
            }
        }
        if (end - start > maxFrame) {
            // a line without end this long is cut rather than held forever
            byte[] frame = Arrays.copyOfRange(data, start, start + maxFrame);
            start += maxFrame;
            return frame;
        }
        return null;
    }

    private void skipSeparators() {
        while (start < end && (data[start] == '\n' || data[start] == '\r' || data[start] == 0)) {
            start++;
        }
    }

    private void append(byte[] bytes) {
        if (end + bytes.length > data.length) {
            compact();
            if (end + bytes.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, end + bytes.length));
            }
        }
        System.arraycopy(bytes, 0, data, end, bytes.length);
        end += bytes.length;
    }

    private void compact() {
        if (start == 0) {
            return;
        }
        System.arraycopy(data, start, data, 0, end - start);
        end -= start;
        start = 0;
        if (end == 0 && data.length > 1 << 20) {
            data = new byte[8192];
        }
    }

    private static byte[] trimLineEnd(byte[] frame) {
        int length = frame.length;
        while (length > 0 && (frame[length - 1] == '\n' || frame[length - 1] == '\r' || frame[length - 1] == 0)) {
            length--;
        }
        return length == frame.length ? frame : Arrays.copyOf(frame, length);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
