package io.berth.ui.api;

import io.berth.common.db.DatabaseOutage;
import io.berth.common.harbor.OutageRule;
import jakarta.inject.Singleton;

/** ui-service depends on its database alone: that is what an outage is here (common's HarborExceptionMapper asks). */
@Singleton
public class DatabaseOutages implements OutageRule {

    @Override
    public boolean isOutage(Throwable failure) {
        return DatabaseOutage.causedBy(failure);
    }

    @Override
    public String message() {
        return "database unavailable, retry later";
    }
}
