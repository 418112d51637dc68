package io.berth.core.endpoint;

import io.berth.common.internal.SealedSecrets;
import io.berth.core.security.InternalSecret;
import jakarta.enterprise.context.ApplicationScoped;

/** Seals registry secrets with the deployment's internal secret (see {@link SealedSecrets}). */
@ApplicationScoped
public class CredentialSeal {

    private final InternalSecret secret;
    private volatile SealedSecrets sealed;

    public CredentialSeal(InternalSecret secret) {
        this.secret = secret;
    }

    public String seal(String plain) {
        return box().seal(plain);
    }

    public String open(String sealedValue) {
        return box().open(sealedValue);
    }

    private SealedSecrets box() {
        SealedSecrets s = sealed;
        if (s == null) {
            s = new SealedSecrets(secret.value());
            sealed = s;
        }
        return s;
    }
}
