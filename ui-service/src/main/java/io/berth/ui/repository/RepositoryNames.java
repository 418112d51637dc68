package io.berth.ui.repository;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Harbor encodes a {@code /} inside a repository path segment twice ({@code %252F}). */
public final class RepositoryNames {

    private RepositoryNames() {
    }

    /** The full name {@code project/repo} of a path segment already decoded once by JAX-RS. */
    public static String full(String project, String segment) {
        return project + "/" + URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
