package io.berth.ui.console.signin;

import io.berth.ui.settings.SystemSettings;

/** Sign-up is offered while self-registration is on and accounts live in Berth's database. */
final class SignUpRules {

    private SignUpRules() {
    }

    static boolean open(SystemSettings settings) {
        return settings.selfRegistration() && settings.dbAuth();
    }
}
