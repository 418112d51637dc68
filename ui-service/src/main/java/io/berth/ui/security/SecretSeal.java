package io.berth.ui.security;

import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.SealedSecrets;
import jakarta.enterprise.context.ApplicationScoped;

/** Seals stored secrets (registry credentials, the LDAP search password) with the deployment's internal secret (see {@link SealedSecrets}). */
@ApplicationScoped
public class SecretSeal {

    private final InternalSecret secret;
    private volatile SealedSecrets sealed;

    public SecretSeal(InternalSecret secret) {
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
