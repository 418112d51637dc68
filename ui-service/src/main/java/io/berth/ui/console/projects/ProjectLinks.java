package io.berth.ui.console.projects;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Console addresses of projects. */
public final class ProjectLinks {

    private ProjectLinks() {
    }

    public static String project(String name) {
        return "/projects/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
