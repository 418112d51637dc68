package io.berth.ui.api;

import io.berth.common.db.DatabaseOutage;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.KnownFailures;
import org.jboss.logging.Logger;

/**
 * What an unexpected failure means to the caller, decided once for ui-service's two faces: the
 * REST API writes the answer as Harbor's error body, the console as a page. Common's
 * {@link KnownFailures} decides (the database is what ui-service's outages are); anything else
 * is a 500 whose detail is logged, never sent.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    private Failures() {
    }

    public static HarborException of(Throwable e) {
        HarborException known = KnownFailures.of(e, DatabaseOutage::causedBy, "database unavailable, retry later");
        if (known == null) {
            LOG.error("failed to handle request", e);
            return new HarborException(HarborError.UNKNOWN, "internal error");
        }
        if (known.error() == HarborError.SERVICE_UNAVAILABLE && !(e instanceof HarborException)) {
            LOG.warnf("database unavailable: %s", e.toString());
        }
        return known;
    }
}
