package io.berth.auth.token;

import io.berth.auth.config.AuthConfig;
import io.berth.common.internal.AccessAnswer;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.InternalSecretHeader;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Asks ui-service ({@code auth.ui-url}) which of the wanted actions a principal holds. One
 * retry on a failed call; a second failure is {@link AccessUnavailableException}, never a grant.
 */
@ApplicationScoped
public class AccessClient {

    private static final Logger LOG = Logger.getLogger(AccessClient.class);

    private final AccessRestClient client;

    public AccessClient(AuthConfig config, InternalSecret secret) {
        this.client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.uiUrl()))
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .register(new InternalSecretHeader(secret))
                .build(AccessRestClient.class);
    }

    public AccessAnswer ask(AccessQuestion question) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                AccessAnswer answer = client.ask(question);
                if (answer == null || answer.resources() == null) {
                    throw new IllegalStateException("empty access answer");
                }
                return answer;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("failed to ask for access: attempt=%d, error=%s", attempt, e.toString());
            }
        }
        throw new AccessUnavailableException(last);
    }

    /** ui-service could not answer. */
    public static class AccessUnavailableException extends RuntimeException {
        AccessUnavailableException(Throwable cause) {
            super("access decisions unavailable", cause);
        }
    }
}
