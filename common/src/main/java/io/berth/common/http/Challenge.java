package io.berth.common.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code WWW-Authenticate} header (RFC 7235): scheme plus its parameters, names in lower
 * case, values quoted or bare. One reading for every client of a registry's challenge.
 */
public record Challenge(String scheme, Map<String, String> params) {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"|(\\w+)=([^,\\s]*)");

    public static Challenge parse(String header) {
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
        Map<String, String> params = new LinkedHashMap<>();
        if (space > 0) {
            Matcher m = PARAM.matcher(trimmed.substring(space + 1));
            while (m.find()) {
                if (m.group(1) != null) {
                    params.put(m.group(1).toLowerCase(), m.group(2));
                } else {
                    params.put(m.group(3).toLowerCase(), m.group(4));
                }
            }
        }
        return new Challenge(scheme, params);
    }

    public boolean bearer() {
        return scheme.equalsIgnoreCase("Bearer");
    }

    public boolean basic() {
        return scheme.equalsIgnoreCase("Basic");
    }
}
