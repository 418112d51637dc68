package io.berth.ui.http;

import io.berth.common.http.LingeringClose;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Clients read the answers given before their request body was read: see {@link LingeringClose}. */
@Singleton
public class LingeringCloseRoute {

    void register(@Observes Router router) {
        LingeringClose.install(router);
    }
}
