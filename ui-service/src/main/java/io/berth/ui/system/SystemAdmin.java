package io.berth.ui.system;

import io.berth.common.harbor.HarborException;
import io.berth.ui.security.Caller;

/** The one check of the /system endpoints: a logged-in system admin, else 401 or 403. */
final class SystemAdmin {

    private SystemAdmin() {
    }

    static void require(Caller caller) {
        caller.requireUser();
        if (!caller.sysadmin()) {
            throw HarborException.forbidden();
        }
    }
}
