package io.berth.ui.artifact;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Harbor encodes a {@code /} inside a repository path segment twice ({@code %252F}). */
public final class RepositoryNames {

    private RepositoryNames() {
    }

    /** The project of a full repository name {@code project/repo...}; empty when there is none. */
    public static java.util.Optional<String> projectOf(String fullName) {
        int slash = fullName == null ? -1 : fullName.indexOf('/');
        return slash > 0 && slash < fullName.length() - 1 ? java.util.Optional.of(fullName.substring(0, slash))
                : java.util.Optional.empty();
    }

    /** The full name {@code project/repo} of a path segment already decoded once by JAX-RS. */
    public static String full(String project, String segment) {
        return project + "/" + URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
