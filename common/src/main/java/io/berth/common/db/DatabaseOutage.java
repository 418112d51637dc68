package io.berth.common.db;

import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (refused, dropped, timed out
 * connecting): a temporary outage that ui-service and auth-service answer 503 with Retry-After,
 * not a defect to answer 500. Decided on {@code java.sql} types and one message, so that it needs
 * no persistence library and both services agree.
 */
public final class DatabaseOutage {

    /**
     * Hibernate's message when the pool could not hand out a connection (e.g. a pooled one the
     * server dropped cannot join the transaction); its cause need not say why.
     */
    static final String NO_CONNECTION = "Unable to acquire JDBC Connection";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the types Hibernate turns into its JDBCConnectionException, and the driver's "recoverable"
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLInvalidAuthorizationSpecException
                    || t instanceof SQLClientInfoException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (ISO/IEC 9075)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // Hibernate's JDBCException always wraps the SQLException it converts
            if (t.getCause() instanceof SQLException && String.valueOf(t.getMessage()).startsWith(NO_CONNECTION)) {
                return true;
            }
        }
        return false;
    }
}
