package io.berth.e2e.support;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints a suite's part logs when a test fails: register with {@code @RegisterExtension}. */
public final class DumpLogsOnFailure implements TestWatcher {

    private final Supplier<LocalSuite> suite;

    public DumpLogsOnFailure(Supplier<LocalSuite> suite) {
        this.suite = suite;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        LocalSuite s = suite.get();
        if (s != null) {
            s.dumpLogs();
        }
    }
}
