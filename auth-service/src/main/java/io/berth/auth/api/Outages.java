package io.berth.auth.api;

import io.berth.auth.ldap.LdapUnavailableException;
import io.berth.common.db.DatabaseOutage;
import io.berth.common.harbor.OutageRule;
import jakarta.inject.Singleton;
import java.net.ConnectException;

/**
 * Tells a temporary outage of something auth-service depends on (its database, the directory)
 * from a defect: an outage is answered 503 with {@code Retry-After}, a defect 500. The database
 * part is common's {@link DatabaseOutage}, which ui-service decides by too.
 */
@Singleton
public class Outages implements OutageRule {

    @Override
    public boolean isOutage(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LdapUnavailableException || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String message() {
        return "a service Berth depends on is unavailable, retry later";
    }
}
