package io.berth.auth.authn;

import io.berth.auth.user.UserAccount;
import io.berth.common.internal.Principal;

/** The shared view of an account. */
public final class Principals {

    private Principals() {
    }

    public static Principal of(UserAccount u) {
        return new Principal(u.id, u.username, u.sysadmin);
    }
}
