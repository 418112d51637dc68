package io.berth.ui.console.web;

/**
 * What every console page shows around its content: the language, the CSRF token its forms
 * carry, who is signed in, which navigation entry is current, the path to come back to, and a
 * notice left by the action that led here (a {@link Msg} key).
 */
public record Chrome(String lang, String csrf, String user, boolean signedIn, boolean sysadmin, String nav,
        String here, String notice, String version) {

    public boolean chinese() {
        return Languages.CHINESE.equals(lang);
    }
}
