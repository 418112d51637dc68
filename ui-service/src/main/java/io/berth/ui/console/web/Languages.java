package io.berth.ui.console.web;

import java.util.List;
import java.util.Locale;

/**
 * The console's languages: English and Simplified Chinese. The choice is remembered in the
 * {@value #COOKIE} cookie; without one, the browser's {@code Accept-Language} decides.
 */
public final class Languages {

    public static final String COOKIE = "berth_lang";
    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-CN";
    public static final List<String> SUPPORTED = List.of(ENGLISH, CHINESE);

    private Languages() {
    }

    /** A supported tag, or null for anything else. */
    public static String supported(String tag) {
        if (tag == null) {
            return null;
        }
        for (String s : SUPPORTED) {
            if (s.equalsIgnoreCase(tag.trim())) {
                return s;
            }
        }
        return null;
    }

    /** The cookie's choice when it is a supported language, else the best match of the header. */
    public static String resolve(String cookie, String acceptLanguage) {
        String chosen = supported(cookie);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String r = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() <= 0) {
                    continue;
                }
                if (r.equals("zh") || r.startsWith("zh-")) {
                    return CHINESE;
                }
                if (r.equals("en") || r.startsWith("en-")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header counts as none
        }
        return ENGLISH;
    }
}
