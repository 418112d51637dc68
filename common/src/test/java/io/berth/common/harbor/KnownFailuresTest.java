package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
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

    @Test
    void anAnswerIsNeverMissingAndADefectsDetailStaysHere() {
        HarborException defect = KnownFailures.answer(new NullPointerException("secret detail"), NO_OUTAGE, "down");
        assertEquals(HarborError.UNKNOWN, defect.error());
        assertEquals("internal error", defect.getMessage());

        HarborException outage = KnownFailures.answer(wrapped(new SQLException("gone", "08S01")), t -> true, "down");
        assertEquals(HarborError.SERVICE_UNAVAILABLE, outage.error());
        assertEquals("down", outage.getMessage());

        HarborException forbidden = HarborException.forbidden();
        assertSame(forbidden, KnownFailures.answer(forbidden, t -> true, "down"));
    }

    record Member(String username, int roleId) {
    }

    record Members(java.util.List<Member> members) {
    }

    private static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper());

    private static JsonProcessingException unread(String body, Class<?> type) {
        return assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, type));
    }

    @Test
    void anUnreadableBodyIsABadRequestThatSaysWhere() {
        HarborException wrongType = KnownFailures.of(
                unread("{\"members\":[{\"username\":\"a\",\"roleId\":1},{\"username\":7,\"roleId\":1}]}", Members.class), NO_OUTAGE, "down");
        assertEquals(HarborError.BAD_REQUEST, wrongType.error());
        assertEquals("invalid JSON body: wrong value for members[1].username", wrongType.getMessage());

        HarborException notJson = KnownFailures.of(unread("{not json", Member.class), NO_OUTAGE, "down");
        assertEquals(HarborError.BAD_REQUEST, notJson.error());
        assertEquals("invalid JSON body", notJson.getMessage());
    }

    @Test
    void jsonFailuresThatAreNotTheRequestBodyAreDefects() {
        // our own reading of a stored file or a peer's answer, wrapped on its way up
        assertNull(KnownFailures.of(wrapped(unread("{not json", Member.class)), NO_OUTAGE, "down"));
        // a type Jackson cannot bind at all
        JsonProcessingException unbindable = assertThrows(InvalidDefinitionException.class,
                () -> JSON.readValue("{}", Runnable.class));
        assertNull(KnownFailures.of(unbindable, NO_OUTAGE, "down"));
    }
}
