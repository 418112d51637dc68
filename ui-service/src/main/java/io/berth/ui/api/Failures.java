package io.berth.ui.api;

import io.berth.common.db.DatabaseOutage;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.RefusedInput;
import org.jboss.logging.Logger;

/**
 * What an unexpected failure means to the caller, decided once for ui-service's two faces: the
 * REST API writes the answer as Harbor's error body, the console as a page. A lost race on a
 * unique key is a 409, an unreachable database a 503 with Retry-After, bad input found deep down
 * a 400, anything else a 500 whose detail is logged, never sent.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    private Failures() {
    }

    public static HarborException of(Throwable e) {
        if (e instanceof HarborException h) {
            return h;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return HarborException.alreadyExists();
            }
        }
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("database unavailable: %s", e.toString());
            return HarborException.unavailable("database unavailable, retry later");
        }
        String refused = RefusedInput.reason(e);
        if (refused != null) {
            return HarborException.badRequest(refused);
        }
        LOG.error("failed to handle request", e);
        return new HarborException(HarborError.UNKNOWN, "internal error");
    }
}
