package io.berth.auth.authn;

import io.berth.common.http.BasicCredentials;
import io.berth.common.internal.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** {@code Authorization: Basic} credentials, checked through {@link CredentialChecker}. */
@ApplicationScoped
public class BasicAuthMechanism {

    private final CredentialChecker checker;

    public BasicAuthMechanism(CredentialChecker checker) {
        this.checker = checker;
    }

    /** The principal of good Basic credentials; empty when they are wrong or malformed. */
    public Optional<Principal> authenticate(BasicCredentials credentials, String clientAddress) {
        if (!credentials.complete()) {
            return Optional.empty();
        }
        return checker.check(credentials.username(), credentials.password(), clientAddress);
    }
}
