package io.berth.ui.api;

import io.berth.common.db.DatabaseOutage;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.KnownFailures;

/**
 * What an unexpected failure means to the caller, decided once for ui-service's two faces: the
 * REST API writes the answer as Harbor's error body, the console as a page. Common's
 * {@link KnownFailures} decides, as it does for auth-service; the database is what ui-service's
 * outages are.
 */
public final class Failures {

    private Failures() {
    }

    public static HarborException of(Throwable e) {
        return KnownFailures.answer(e, DatabaseOutage::causedBy, "database unavailable, retry later");
    }
}
