package io.berth.ui.console.web;

import io.berth.common.internal.Principal;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is looking at a console page, in which language, and the CSRF token every form and htmx
 * request of the page must send back: the session's own token once signed in, else the
 * pre-session token of the {@value #PRE_SESSION_COOKIE} cookie (sign-in, sign-up, language).
 * Set by {@link ConsoleRequestFilter}.
 */
@RequestScoped
public class ConsoleSession {

    public static final String PRE_SESSION_COOKIE = "berth_csrf";

    private Principal principal = Principal.ANONYMOUS;
    private String sid;
    private String csrf = "";
    private boolean newPreSessionToken;
    private String language = Languages.ENGLISH;
    private String here = "/";
    private String done;
    private boolean htmx;

    void signedIn(Principal principal, String sid, String csrf) {
        this.principal = principal;
        this.sid = sid;
        this.csrf = csrf;
    }

    void preSession(String csrf, boolean issuedNow) {
        this.csrf = csrf;
        this.newPreSessionToken = issuedNow;
    }

    void language(String language) {
        this.language = language;
    }

    void requested(String here, String done, boolean htmx) {
        this.here = here;
        this.done = done;
        this.htmx = htmx;
    }

    /** Whether htmx sent this request (it then wants a fragment, or {@code HX-Redirect} to move on). */
    public boolean htmx() {
        return htmx;
    }

    public Principal principal() {
        return principal;
    }

    public boolean signedIn() {
        return !principal.anonymous();
    }

    public boolean sysadmin() {
        return signedIn() && principal.sysadmin();
    }

    /** The raw session cookie, to act as the user at auth-service; null when not signed in. */
    public String sid() {
        return sid;
    }

    public String csrf() {
        return csrf;
    }

    boolean newPreSessionToken() {
        return newPreSessionToken;
    }

    public String language() {
        return language;
    }

    /** The path and query of this request, to come back to after signing in or switching language. */
    public String here() {
        return here;
    }

    /** The {@code done} query parameter: what the action that redirected here did. */
    public String done() {
        return done;
    }
}
