package io.berth.common.token;

/** Claim names and fixed values of Docker registry tokens and Berth session tokens. */
public final class TokenClaims {
    public static final String ACCESS = "access";
    public static final String DEFAULT_ISSUER = "harbor-token-issuer";
    public static final String DEFAULT_SERVICE = "harbor-registry";

    /** Audience of the browser session JWT carried in the {@code sid} cookie. */
    public static final String SESSION_AUDIENCE = "berth-session";
    public static final String SESSION_COOKIE = "sid";
    /**
     * Session claims: user id, sysadmin flag when the session began (informative only: rights
     * are asked of auth-service on each request), and the CSRF token bound to the session.
     */
    public static final String SESSION_USER_ID = "uid";
    public static final String SESSION_SYSADMIN = "adm";
    public static final String SESSION_CSRF = "csrf";
    public static final String CSRF_HEADER = "X-Harbor-CSRF-Token";

    private TokenClaims() {
    }
}
