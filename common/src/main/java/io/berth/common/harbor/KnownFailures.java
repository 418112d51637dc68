package io.berth.common.harbor;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * What an unexpected failure means to an {@code /api/} caller, decided the same way by every
 * service: a unique key that lost a race with a concurrent insert (SQL state class 23, "integrity
 * constraint violation" in SQL:2016) is a 409, an outage (each service names what it depends on)
 * a 503 with Retry-After, bad input found deep down ({@link RefusedInput}) a 400. Anything else is
 * a defect: the service logs it and answers 500 without detail.
 */
public final class KnownFailures {

    private KnownFailures() {
    }

    /** The answer to {@code failure}, or null when it is a defect. */
    public static HarborException of(Throwable failure, Predicate<Throwable> outage, String outageMessage) {
        if (failure instanceof HarborException h) {
            return h;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                return HarborException.alreadyExists();
            }
        }
        if (outage.test(failure)) {
            return HarborException.unavailable(outageMessage);
        }
        String refused = RefusedInput.reason(failure);
        return refused == null ? null : HarborException.badRequest(refused);
    }
}
