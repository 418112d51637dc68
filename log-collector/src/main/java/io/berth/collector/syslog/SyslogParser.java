package io.berth.collector.syslog;

import io.berth.collector.store.LogRecord;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one syslog message, RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG})
 * or RFC 3164 / BSD ({@code <PRI>Mmm dd hh:mm:ss [HOST] TAG[PID]: MSG}, the form Docker's
 * syslog driver sends), and renders it as one file line
 * {@code TIMESTAMP HOST APP[PROCID]: MSG} for the file of its app name or tag. A message
 * that fits neither is kept exactly as received, for {@link LogRecord#UNPARSED}.
 */
@ApplicationScoped
public class SyslogParser {

    private static final Pattern PRI = Pattern.compile("^<(\\d{1,3})>");
    private static final Pattern BSD_TIME = Pattern.compile("^([A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}) ");
    private static final Pattern ISO_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\S+) ");
    private static final Pattern BSD_TAG = Pattern.compile("^([^\\s\\[\\]:]{1,128})(?:\\[([^\\]\\s]*)])?: ?");
    private static final int MAX_PRI = 191;
    private static final char BOM = '\uFEFF';

    public LogRecord parse(String message) {
        Matcher pri = PRI.matcher(message);
        if (!pri.find() || Integer.parseInt(pri.group(1)) > MAX_PRI) {
            return LogRecord.unparsed(message);
        }
        String rest = message.substring(pri.end());
        LogRecord record = rest.startsWith("1 ") ? rfc5424(rest.substring(2)) : rfc3164(rest);
        return record != null ? record : LogRecord.unparsed(message);
    }

    private static LogRecord rfc5424(String header) {
        String[] fields = new String[5];
        int pos = 0;
        for (int i = 0; i < fields.length; i++) {
            int space = header.indexOf(' ', pos);
            if (space <= pos) {
                return null;
            }
            fields[i] = header.substring(pos, space);
            pos = space + 1;
        }
        int sdEnd = structuredDataEnd(header, pos);
        if (sdEnd < 0) {
            return null;
        }
        String sd = header.substring(pos, sdEnd);
        String msg = sdEnd < header.length() ? header.substring(sdEnd + 1) : "";
        if (!msg.isEmpty() && msg.charAt(0) == BOM) {
            msg = msg.substring(1);
        }
        String app = fields[2];
        String text = sd.equals("-") ? msg : sd + " " + msg;
        return new LogRecord(Tags.sanitize(app), line(fields[0], fields[1], app, fields[3], text));
    }

    /** End (exclusive) of the STRUCTURED-DATA starting at {@code pos}: "-" or [..][..]; -1 if malformed. */
    private static int structuredDataEnd(String s, int pos) {
        if (pos >= s.length()) {
            return -1;
        }
        if (s.charAt(pos) == '-') {
            return pos + 1 == s.length() || s.charAt(pos + 1) == ' ' ? pos + 1 : -1;
        }
        int i = pos;
        while (i < s.length() && s.charAt(i) == '[') {
            boolean quoted = false;
            i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && quoted) {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
                i++;
            }
            if (i >= s.length()) {
                return -1;
            }
            i++;
        }
        if (i == pos || (i < s.length() && s.charAt(i) != ' ')) {
            return -1;
        }
        return i;
    }

    private static LogRecord rfc3164(String rest) {
        String timestamp = "-";
        Matcher time = BSD_TIME.matcher(rest);
        Matcher iso = ISO_TIME.matcher(rest);
        if (time.find()) {
            timestamp = time.group(1);
            rest = rest.substring(time.end());
        } else if (iso.find()) {
            timestamp = iso.group(1);
            rest = rest.substring(iso.end());
        }
        String host = "-";
        Matcher tag = BSD_TAG.matcher(rest);
        if (!tag.find()) {
            int space = rest.indexOf(' ');
            if (space <= 0 || timestamp.equals("-")) {
                return null;
            }
            host = rest.substring(0, space);
            rest = rest.substring(space + 1);
            tag = BSD_TAG.matcher(rest);
            if (!tag.find()) {
                return null;
            }
        }
        String app = tag.group(1);
        String pid = tag.group(2) == null || tag.group(2).isEmpty() ? "-" : tag.group(2);
        return new LogRecord(Tags.sanitize(app), line(timestamp, host, app, pid, rest.substring(tag.end())));
    }

    private static String line(String timestamp, String host, String app, String procId, String msg) {
        StringBuilder line = new StringBuilder(timestamp.length() + host.length() + app.length() + msg.length() + 16);
        line.append(timestamp).append(' ').append(host).append(' ').append(app);
        if (!procId.equals("-")) {
            line.append('[').append(procId).append(']');
        }
        return line.append(": ").append(msg).toString();
    }
}
