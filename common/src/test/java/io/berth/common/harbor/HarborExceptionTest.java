package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HarborExceptionTest {

    @Test
    void aRetryLaterCarriesItsWait() {
        HarborException e = HarborException.retryAfter(HarborError.TOO_MANY_REQUEST, "slow down", 37);

        assertEquals(HarborError.TOO_MANY_REQUEST, e.error());
        assertEquals("slow down", e.getMessage());
        assertEquals(Map.of("Retry-After", "37"), e.headers());
    }

    @Test
    void anOutageAsksForTheDefaultWait() {
        HarborException e = HarborException.unavailable("database unavailable, retry later");

        assertEquals(503, e.error().status());
        assertEquals(Map.of("Retry-After", Integer.toString(HarborException.RETRY_AFTER_SECONDS)), e.headers());
    }

    @Test
    void aRefusalHasNoHeaders() {
        HarborException e = HarborException.unauthorized("session expired or invalid");

        assertEquals(HarborError.UNAUTHORIZED, e.error());
        assertEquals("session expired or invalid", e.getMessage());
        assertEquals(Map.of(), e.headers());
    }
}
