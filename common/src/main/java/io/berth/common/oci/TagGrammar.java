package io.berth.common.oci;

import java.util.regex.Pattern;

/**
 * The OCI distribution grammar for a tag, {@code [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}}: registry-core
 * applies it to pushes, ui-service to tags added through the API, so both accept the same names.
 */
public final class TagGrammar {

    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");

    private TagGrammar() {
    }

    public static boolean valid(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }
}
