package io.berth.ui.console.web;

import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The host (and port) clients use, from harbor.cfg's hostname: what push and pull commands name. */
@ApplicationScoped
public class ExternalHost {

    private final String host;

    public ExternalHost(UiConfig config) {
        this.host = config.externalUrl().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("/.*$", "");
    }

    public String host() {
        return host;
    }
}
