package io.berth.registry.auth;

/**
 * What {@link TokenAuthorizer} decided: the caller's access, or the {@code WWW-Authenticate}
 * challenge to answer with and what was missing. The HTTP edge turns a refusal into its error.
 */
public record Decision(Access access, String challenge, Object detail) {

    static Decision grant(Access access) {
        return new Decision(access, null, null);
    }

    static Decision refuse(String challenge, Object detail) {
        return new Decision(null, challenge, detail);
    }

    public boolean granted() {
        return access != null;
    }
}
