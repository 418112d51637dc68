package io.berth.ui.console.web;

import io.berth.common.internal.Principal;
import jakarta.enterprise.context.RequestScoped;

/** Who may open a page: a signed-in visitor (else the sign-in page), a system admin (else 403). */
@RequestScoped
public class Guard {

    private final ConsoleSession session;

    public Guard(ConsoleSession session) {
        this.session = session;
    }

    public Principal user() {
        if (!session.signedIn()) {
            throw new ConsoleFailure(401, "error_forbidden");
        }
        return session.principal();
    }

    public Principal sysadmin() {
        Principal p = user();
        if (!p.sysadmin()) {
            throw ConsoleFailure.forbidden();
        }
        return p;
    }
}
