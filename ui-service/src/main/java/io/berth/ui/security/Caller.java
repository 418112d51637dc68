package io.berth.ui.security;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling this request: set by the credential filters, anonymous unless they succeed. */
@RequestScoped
public class Caller {

    private Principal principal = Principal.ANONYMOUS;

    public Principal principal() {
        return principal;
    }

    void authenticated(Principal principal) {
        this.principal = principal;
    }

    public boolean anonymous() {
        return principal.anonymous();
    }

    public boolean sysadmin() {
        return !principal.anonymous() && principal.sysadmin();
    }

    /** The principal of a logged-in caller; 401 for an anonymous one. */
    public Principal requireUser() {
        if (principal.anonymous()) {
            throw HarborException.unauthorized();
        }
        return principal;
    }
}
