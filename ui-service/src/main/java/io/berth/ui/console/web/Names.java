package io.berth.ui.console.web;

import io.berth.ui.health.ComponentHealth;
import io.berth.ui.artifact.RepositoryView;
import io.berth.ui.system.GcService;
import io.quarkus.qute.TemplateExtension;

/** Names the console derives for templates: parts of a repository's name, message keys of data. */
@TemplateExtension
public final class Names {

    private Names() {
    }

    public static String projectName(RepositoryView r) {
        int slash = r.name().indexOf('/');
        return slash < 0 ? r.name() : r.name().substring(0, slash);
    }

    /** The {@link Msg} key naming a health component ({@code component_registry}, ...). */
    public static String key(ComponentHealth c) {
        return "component_" + c.name();
    }

    public static boolean dryRun(GcService.Run run) {
        return run.view().jobParameters().contains("\"dry_run\":true");
    }

    public static String shortName(RepositoryView r) {
        int slash = r.name().indexOf('/');
        return slash < 0 ? r.name() : r.name().substring(slash + 1);
    }
}
