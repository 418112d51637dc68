package io.berth.common.http;

import static io.berth.common.http.AbandonedAnswer.DRAIN_LIMIT;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbandonedAnswerTest {

    @Test
    void onlyARestLargerThanAConnectionReadsAheadIsReset() {
        assertTrue(AbandonedAnswer.resettable(DRAIN_LIMIT + 1, 0));
        assertTrue(AbandonedAnswer.resettable(1024 * 1024 * 1024L, 10));
        assertFalse(AbandonedAnswer.resettable(DRAIN_LIMIT, 0));
        assertFalse(AbandonedAnswer.resettable(DRAIN_LIMIT + 100, 100));
        assertFalse(AbandonedAnswer.resettable(0, 0), "a HEAD's answer has no rest");
    }

    @Test
    void anUndeclaredRestIsReadBecauseItMayHaveEndedAlready() {
        assertFalse(AbandonedAnswer.resettable(-1, 0));
    }
}
