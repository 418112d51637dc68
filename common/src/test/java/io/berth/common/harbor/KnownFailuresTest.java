package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class KnownFailuresTest {

    private static final Predicate<Throwable> NO_OUTAGE = t -> false;

    /** As Hibernate and the pool wrap what the driver threw. */
    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("could not execute statement", new IllegalStateException("flush", cause));
    }

    @Test
    void aLostInsertRaceIsAConflict() {
        HarborException e = KnownFailures.of(wrapped(
                new SQLIntegrityConstraintViolationException("Duplicate entry 'p' for key 'uq_name'", "23000", 1062)),
                NO_OUTAGE, "down");
        assertEquals(HarborError.CONFLICT, e.error());
        assertEquals("resource already exists", e.getMessage());
    }

    @Test
    void anOutageIsAskedToBeRetried() {
        HarborException e = KnownFailures.of(wrapped(new SQLException("gone", "08S01")),
                t -> t.getCause() != null, "database unavailable, retry later");
        assertEquals(HarborError.SERVICE_UNAVAILABLE, e.error());
        assertEquals("database unavailable, retry later", e.getMessage());
        assertEquals(Integer.toString(HarborException.RETRY_AFTER_SECONDS), e.headers().get("Retry-After"));
    }

    @Test
    void badInputFoundDeepDownIsABadRequest() {
        HarborException e = KnownFailures.of(wrapped(new SQLException("Data too long", "22001")), NO_OUTAGE, "down");
        assertEquals(HarborError.BAD_REQUEST, e.error());
    }

    @Test
    void aHarborExceptionIsItsOwnAnswerAndADefectHasNone() {
        HarborException forbidden = HarborException.forbidden();
        assertSame(forbidden, KnownFailures.of(forbidden, NO_OUTAGE, "down"));
        assertNull(KnownFailures.of(new NullPointerException(), NO_OUTAGE, "down"));
        assertNull(KnownFailures.of(wrapped(new SQLException("syntax", "42000")), NO_OUTAGE, "down"));
    }
}
