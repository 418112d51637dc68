package io.berth.ui.console.web;

import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** The console's own cookies: HttpOnly, SameSite, path /, and Secure when Berth is served over https. */
@ApplicationScoped
public class SecureCookies {

    private final boolean secure;

    public SecureCookies(UiConfig config) {
        this.secure = config.externalUrl().toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** {@code maxAgeSeconds} below 0: a browser-session cookie; 0: delete it. */
    public String strict(String name, String value, long maxAgeSeconds) {
        return cookie(name, value, maxAgeSeconds, "Strict");
    }

    public String lax(String name, String value, long maxAgeSeconds) {
        return cookie(name, value, maxAgeSeconds, "Lax");
    }

    private String cookie(String name, String value, long maxAgeSeconds, String sameSite) {
        StringBuilder c = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=").append(sameSite);
        if (maxAgeSeconds >= 0) {
            c.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (secure) {
            c.append("; Secure");
        }
        return c.toString();
    }
}
