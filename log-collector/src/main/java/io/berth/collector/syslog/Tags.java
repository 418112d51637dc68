package io.berth.collector.syslog;

/** Turns a sender's app name or tag into a file name stem that cannot leave the log folder. */
public final class Tags {

    private static final int MAX_LENGTH = 64;
    private static final String UNKNOWN = "unknown";

    private Tags() {
    }

    public static String sanitize(String tag) {
        if (tag == null) {
            return UNKNOWN;
        }
        StringBuilder safe = new StringBuilder(Math.min(tag.length(), MAX_LENGTH));
        for (int i = 0; i < tag.length() && safe.length() < MAX_LENGTH; i++) {
            char c = tag.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            safe.append(allowed ? c : '_');
        }
        int lead = 0;
        while (lead < safe.length() && safe.charAt(lead) == '.') {
            lead++;
        }
        String result = safe.substring(lead);
        return result.isEmpty() || result.equals("-") ? UNKNOWN : result;
    }
}
