package io.berth.tools.prepare;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One harbor.cfg key: its default (null when the key is required), and what it accepts, both
 * as a test and as the words an error message uses.
 */
record CfgKey(String name, String defaultValue, String accepts, Predicate<String> test) {

    static CfgKey required(String name, String accepts, Predicate<String> test) {
        return new CfgKey(name, null, accepts, test);
    }

    static CfgKey optional(String name, String defaultValue, String accepts, Predicate<String> test) {
        return new CfgKey(name, defaultValue, accepts, test);
    }

    boolean isRequired() {
        return defaultValue == null;
    }

    static Predicate<String> oneOf(String... allowed) {
        return v -> {
            for (String a : allowed) {
                if (a.equals(v)) {
                    return true;
                }
            }
            return false;
        };
    }

    static Predicate<String> matches(String regex) {
        Pattern p = Pattern.compile(regex);
        return v -> p.matcher(v).matches();
    }

    static Predicate<String> intBetween(long min, long max) {
        return v -> {
            if (!v.matches("[0-9]{1,10}")) {
                return false;
            }
            long n = Long.parseLong(v);
            return n >= min && n <= max;
        };
    }

    static Predicate<String> anything() {
        return v -> true;
    }

    static Predicate<String> nonEmpty(int maxLength) {
        return v -> !v.isEmpty() && v.length() <= maxLength;
    }
}
