package io.berth.registry.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** distribution's {@code auth:} section; without {@code auth.token} the registry runs open. */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {

    Optional<Token> token();

    interface Token {
        String realm();

        /** Expected {@code aud}; default harbor-registry (no default here: it would make the group always present). */
        Optional<String> service();

        /** Expected {@code iss}; default harbor-token-issuer. */
        Optional<String> issuer();

        String rootcertbundle();
    }
}
