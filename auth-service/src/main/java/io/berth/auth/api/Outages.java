package io.berth.auth.api;

import io.berth.auth.ldap.LdapUnavailableException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a temporary outage of something auth-service depends on (its database, the directory)
 * from a defect: an outage is answered 503 with {@code Retry-After}, a defect 500.
 */
public final class Outages {

    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";

    private Outages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LdapUnavailableException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            // a pooled connection the database dropped cannot even join the transaction
            if (t instanceof JDBCException jdbc && String.valueOf(jdbc.getMessage()).startsWith(NO_CONNECTION)) {
                return true;
            }
            // SQLSTATE class 08: connection exception (ISO/IEC 9075)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
