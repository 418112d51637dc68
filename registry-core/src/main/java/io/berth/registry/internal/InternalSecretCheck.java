package io.berth.registry.internal;

import io.berth.common.internal.InternalApi;
import io.berth.common.internal.InternalSecret;
import io.berth.registry.api.ErrorResponder;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * registry-core's one check of the internal secret: it runs first on every path under
 * {@code /internal/} (Vert.x matches routes on the normalised path), so the internal handlers never
 * check it themselves, nothing says which internal paths exist, and no body is read for a caller
 * without the secret. Without a configured secret (registry-core run alone) every internal call is
 * refused.
 */
@Singleton
public class InternalSecretCheck {

    private static final Logger LOG = Logger.getLogger(InternalSecretCheck.class);
    /** Ahead of every internal route; the routes that read a body come after it. */
    static final int ORDER = -20;

    private final InternalSecret secret;
    private final ErrorResponder errors;

    public InternalSecretCheck(InternalSecret secret, ErrorResponder errors) {
        this.secret = secret;
        this.errors = errors;
    }

    void register(@Observes Router router) {
        router.route().pathRegex("^/internal(/.*)?$").order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        if (!secret.matches(ctx.request().getHeader(InternalApi.SECRET_HEADER))) {
            LOG.warnf("internal call refused: %s %s", ctx.request().method(), ctx.normalizedPath());
            errors.send(ctx, new RegistryApiException(ErrorCode.UNAUTHORIZED, "internal secret required"));
            return;
        }
        ctx.next();
    }
}
