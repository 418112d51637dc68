package io.berth.auth.authn;

import io.berth.common.internal.Credentials;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** {@code Authorization: Basic} credentials. */
@ApplicationScoped
public class BasicAuthMechanism {

    private final CredentialChecker checker;

    public BasicAuthMechanism(CredentialChecker checker) {
        this.checker = checker;
    }

    /** The credentials of a Basic header; empty when the header is absent or not Basic. */
    public static Optional<Credentials> parse(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Credentials("", ""));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.of(new Credentials(decoded, ""));
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** Whether a Basic header was sent at all. */
    public static boolean present(String authorization) {
        return parse(authorization).isPresent();
    }

    /** The principal of good Basic credentials; empty when absent or wrong. */
    public Optional<Principal> authenticate(String authorization) {
        return parse(authorization).flatMap(c -> checker.check(c.username(), c.password()));
    }
}
