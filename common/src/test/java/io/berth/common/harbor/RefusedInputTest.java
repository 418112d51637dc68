package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RefusedInputTest {

    @Test
    void aValueTheDatabaseCannotStoreIsTheClientsError() {
        Exception tooLong = new RuntimeException("could not commit", new IllegalStateException("flush",
                new SQLDataException("Data too long for column 'access_key' at row 1", "22001", 1406)));

        assertEquals("a value is too long or out of range", RefusedInput.reason(tooLong));
    }

    @Test
    void aPercentEncodingThatDoesNotDecodeIsTheClientsError() {
        IllegalArgumentException thrown = null;
        try {
            URLDecoder.decode("%ZZ", StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            thrown = e;
        }

        assertEquals("malformed percent-encoding", RefusedInput.reason(new RuntimeException(thrown)));
    }

    @Test
    void otherFailuresAreNot() {
        assertNull(RefusedInput.reason(new SQLException("deadlock", "40001")));
        assertNull(RefusedInput.reason(new IllegalArgumentException("a bug of ours")));
        assertNull(RefusedInput.reason(new NullPointerException()));
    }
}
