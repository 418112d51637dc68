package io.berth.registry.auth;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs the registry with token auth against a fresh test certificate. */
public class TokenProfile implements QuarkusTestProfile {

    public static final TestKeys KEYS = TestKeys.create();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "auth.token.realm", "http://127.0.0.1:1/service/token",
                "auth.token.service", "harbor-registry",
                "auth.token.issuer", "harbor-token-issuer",
                "auth.token.rootcertbundle", KEYS.certPem.toString());
    }
}
