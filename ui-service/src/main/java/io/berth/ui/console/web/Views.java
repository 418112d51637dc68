package io.berth.ui.console.web;

import io.berth.ui.config.ProductVersion;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/** Builds the {@link Chrome} of a page and renders templates in the visitor's language. */
@RequestScoped
public class Views {

    /** Notices an action may leave for the page it redirects to ({@code ?done=key}). */
    private static final Set<String> NOTICES = Set.of("done_project_created", "done_project_deleted",
            "done_project_saved", "done_member_added", "done_member_updated", "done_member_removed",
            "done_tag_added", "done_tag_deleted", "done_artifact_deleted", "done_repository_deleted",
            "done_user_created", "done_user_updated", "done_user_deleted", "done_password_reset",
            "done_registry_created", "done_registry_saved", "done_registry_deleted", "done_settings_saved",
            "done_gc_started", "done_profile_saved", "done_password_changed", "done_signed_up");

    private final ConsoleSession session;
    private final ProductVersion version;

    public Views(ConsoleSession session, ProductVersion version) {
        this.session = session;
        this.version = version;
    }

    public Chrome chrome(String nav) {
        String done = session.done();
        return new Chrome(session.language(), session.csrf(), session.principal().username(), session.signedIn(),
                session.sysadmin(), nav, session.here(), done != null && NOTICES.contains(done) ? done : null,
                version.plain());
    }

    /** The instance rendered with the message bundle of the visitor's language. */
    public TemplateInstance render(TemplateInstance page) {
        return page.setLocale(session.language());
    }

    public static boolean notice(String key) {
        return NOTICES.contains(key);
    }
}
