package io.berth.ui.project;

import io.berth.common.harbor.HarborException;
import java.util.regex.Pattern;

/** Harbor's project name rule (docs/protocols.md §5). */
final class ProjectNames {

    private static final Pattern NAME = Pattern.compile("^[a-z0-9]+(?:[._-][a-z0-9]+)*$");

    private ProjectNames() {
    }

    static String validate(String name) {
        if (name == null || name.isEmpty()) {
            throw HarborException.badRequest("project_name is required");
        }
        if (name.length() > 255 || !NAME.matcher(name).matches()) {
            throw HarborException.badRequest("project_name must match " + NAME.pattern() + " and be 1-255 characters");
        }
        return name;
    }
}
