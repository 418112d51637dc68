package io.berth.auth.ldap;

import io.berth.testsupport.ldap.SlapdServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A throw-away slapd with the seed's {@code test} user, configured as prepare writes the seed's three lines. */
public class LdapTestResource implements QuarkusTestResourceLifecycleManager {

    /** The running directory, so a test can stop it. */
    public static volatile SlapdServer slapd;

    @Override
    public Map<String, String> start() {
        try {
            slapd = SlapdServer.startWithSeed();
        } catch (Exception e) {
            throw new IllegalStateException("slapd did not start", e);
        }
        return Map.of(
                "auth.mode", "ldap_auth",
                "auth.ldap.url", slapd.ldapUrl(),
                "auth.ldap.base-dn", "uid=%s,dc=int32bit,dc=com",
                "auth.ldap.timeout-seconds", "30");
    }

    @Override
    public void stop() {
        if (slapd != null) {
            slapd.close();
        }
    }
}
