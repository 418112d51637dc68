package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HarborErrorBodyTest {

    @Test
    void aMessageQuotingAHugeValueIsCut() {
        String message = HarborErrorBody.of(HarborError.BAD_REQUEST, "invalid tag name: " + "x".repeat(5_000_000))
                .errors().get(0).message();

        assertEquals(HarborErrorBody.MAX_MESSAGE + 3, message.length());
        assertEquals("invalid tag name: xxx", message.substring(0, 21));
    }

    @Test
    void aShortMessageIsKept() {
        assertEquals("not found", HarborErrorBody.of(HarborError.NOT_FOUND, "not found").errors().get(0).message());
    }
}
