package io.berth.common.harbor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * What an unexpected failure means to an {@code /api/} caller, decided the same way by every
 * service: a unique key that lost a race with a concurrent insert (SQL state class 23, "integrity
 * constraint violation" in SQL:2016) is a 409, an outage (each service names what it depends on)
 * a 503 with Retry-After, a request body that is not the JSON the route takes a 400 naming where
 * the bad value sits, bad input found deep down ({@link RefusedInput}) a 400. Anything else is a
 * defect: it is logged and answered 500 without detail.
 */
public final class KnownFailures {

    private static final Logger LOG = Logger.getLogger(KnownFailures.class);

    private KnownFailures() {
    }

    /**
     * The answer to {@code failure}, never null: what {@link #of} knows, else a 500 whose detail is
     * logged and never sent. An outage is logged as a warning, without the stack trace.
     */
    public static HarborException answer(Throwable failure, Predicate<Throwable> outage, String outageMessage) {
        HarborException known = of(failure, outage, outageMessage);
        if (known == null) {
            LOG.error("request failed", failure);
            return new HarborException(HarborError.UNKNOWN, "internal error");
        }
        if (known.error() == HarborError.SERVICE_UNAVAILABLE && !(failure instanceof HarborException)) {
            LOG.warnf("request failed, a dependency is down: %s", failure.toString());
        }
        return known;
    }

    /** The answer to {@code failure}, or null when it is a defect. */
    public static HarborException of(Throwable failure, Predicate<Throwable> outage, String outageMessage) {
        if (failure instanceof HarborException h) {
            return h;
        }
        String unreadable = unreadableBody(failure);
        if (unreadable != null) {
            return HarborException.badRequest(unreadable);
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

    /**
     * The message for a request body the JSON reader refused, or null. Only the failure itself or
     * the reader's wrapper counts: a JSON failure deeper down is our own reading of something else.
     * A type Jackson cannot bind at all ({@link InvalidDefinitionException}) is a defect of ours.
     */
    private static String unreadableBody(Throwable failure) {
        Throwable json = failure instanceof WebApplicationException w ? w.getCause() : failure;
        if (!(json instanceof JsonProcessingException) || json instanceof InvalidDefinitionException) {
            return null;
        }
        String at = json instanceof JsonMappingException m ? path(m) : "";
        return at.isEmpty() ? "invalid JSON body" : "invalid JSON body: wrong value for " + at;
    }

    /** {@code member_user.username}, {@code events[0].size}: where in the body the bad value sits. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.length() > 200 ? out.substring(0, 200) : out.toString();
    }
}
