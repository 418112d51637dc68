package io.berth.common.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    /** How a persistence layer wraps what the driver threw, several levels deep. */
    private static RuntimeException wrapped(String message, Throwable cause) {
        return new IllegalStateException("transaction failed", new RuntimeException(message, cause));
    }

    @Test
    void aConnectionFailureAnywhereInTheChainIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLNonTransientConnectionException("socket closed", "08000")));
        assertTrue(DatabaseOutage.causedBy(wrapped("x", new SQLTransientConnectionException("timed out"))));
        assertTrue(DatabaseOutage.causedBy(wrapped("x", new SQLInvalidAuthorizationSpecException("denied", "28000"))));
        // a plain SQLException of SQLSTATE class 08 (connection exception), whatever its type
        assertTrue(DatabaseOutage.causedBy(wrapped("x", new SQLException("link failure", "08S01"))));
    }

    @Test
    void aPoolThatCouldNotHandOutAConnectionIsAnOutage() {
        // the pool's own failure carries no SQLSTATE; the persistence layer's message says what failed
        assertTrue(DatabaseOutage.causedBy(wrapped(DatabaseOutage.NO_CONNECTION + " [enlisting failed]",
                new SQLException("Exception in association of connection to existing transaction"))));
        // the same words without a converted SQLException beneath are not the persistence layer's
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException(DatabaseOutage.NO_CONNECTION)));
    }

    @Test
    void otherDatabaseErrorsAreDefects() {
        assertFalse(DatabaseOutage.causedBy(new SQLSyntaxErrorException("bad SQL", "42000")));
        assertFalse(DatabaseOutage.causedBy(wrapped("x", new SQLIntegrityConstraintViolationException("dup", "23000"))));
        assertFalse(DatabaseOutage.causedBy(wrapped("x", new SQLException("no state"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("x")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCauseThatIsItselfEndsTheWalk() {
        RuntimeException self = new RuntimeException("loop") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertFalse(DatabaseOutage.causedBy(self));
    }
}
