package io.berth.ui.console.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The line a "test connection" button puts under its form (htmx fragment). */
@CheckedTemplate(basePath = "console/admin")
final class TestResult {

    private TestResult() {
    }

    static native TemplateInstance testresult(boolean ok, String detail);
}
