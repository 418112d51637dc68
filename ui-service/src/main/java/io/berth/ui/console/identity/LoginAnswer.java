package io.berth.ui.console.identity;

import java.util.List;

/**
 * auth-service's answer to a browser login: accepted with the {@code Set-Cookie} headers to
 * hand to the browser, or refused (wrong credentials), or auth-service unreachable.
 */
public record LoginAnswer(Outcome outcome, List<String> setCookies) {

    public enum Outcome { ACCEPTED, REFUSED, UNAVAILABLE }
}
