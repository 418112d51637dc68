package io.berth.ui.console.identity;

/** auth-service refused a console request: its HTTP status and the message of its Harbor error body. */
public class IdentityRefusal extends RuntimeException {

    private final int status;

    public IdentityRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
