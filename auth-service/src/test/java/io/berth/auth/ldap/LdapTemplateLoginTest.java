package io.berth.auth.ldap;

import io.berth.testsupport.ldap.SlapdServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed walkthrough's form: {@code ldap_basedn = uid=%s,dc=int32bit,dc=com}, bind directly. */
class LdapTemplateLoginTest {

    /** A live directory answers at once; the budget only has to hold on a loaded machine. */
    private static final int GENEROUS_SECONDS = 30;

    private static SlapdServer slapd;
    private static LdapAuthenticator ldap;

    @BeforeAll
    static void start() throws Exception {
        slapd = SlapdServer.startWithSeed();
        ldap = authenticator(LdapSettings.builder().url(slapd.ldapUrl()).timeoutSeconds(GENEROUS_SECONDS).baseDn("uid=%s,dc=int32bit,dc=com").build());
    }

    @AfterAll
    static void stop() {
        if (slapd != null) {
            slapd.close();
        }
    }

    static LdapAuthenticator authenticator(LdapSettings settings) {
        return new LdapAuthenticator(new LdapDirectorySource(settings));
    }

    @Test
    void seedUserLogsInAndIsDescribedForOnboarding() {
        LdapUser user = ldap.authenticate("test", "1q2w3e4r").orElseThrow();
        assertEquals("test", user.username());
        assertEquals("test@int32bit.com", user.email());
        assertEquals("Test User", user.realName());
        assertEquals("uid=test,dc=int32bit,dc=com", user.dn());
    }

    @Test
    void wrongPasswordIsRefused() {
        assertEquals(Optional.empty(), ldap.authenticate("test", "1q2w3e4R"));
        assertEquals(Optional.empty(), ldap.authenticate("nobody", "1q2w3e4r"));
    }

    @Test
    void emptyPasswordIsRefusedBeforeLdap() {
        assertEquals(Optional.empty(), ldap.authenticate("test", ""));
        assertEquals(Optional.empty(), ldap.authenticate("test", null));
        // even for a directory that would take an unauthenticated bind: nothing is sent at all
        LdapAuthenticator unreachable = authenticator(LdapSettings.builder().url("ldap://127.0.0.1:1").baseDn("uid=%s,dc=x").build());
        assertEquals(Optional.empty(), unreachable.authenticate("test", ""));
    }

    @Test
    void nameIsCanonicalisedToTheDirectorySpelling() {
        assertEquals("test", ldap.authenticate("TEST", "1q2w3e4r").orElseThrow().username());
    }

    @Test
    void dnSpecialsInARealNameAreEscapedNotInterpreted() {
        LdapUser user = ldap.authenticate("dev,ops+1", "weird-Pass-1").orElseThrow();
        assertEquals("dev,ops+1", user.username());
        assertEquals("devops@int32bit.com", user.email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "t*", "te*t", ")(uid=*", "test)(uid=*", "*)(uid=*))(|(uid=*", "\\00", "test\\00",
            "test\u0000", "test\u0000x", "\u0000", "test,dc=int32bit,dc=com", "te+st", "test+cn=Test User",
            "uid=test", "test,", "test\\", "\\74est", "#test", " test", "test ", "test\n", "test;", "te\"st",
            "<test>", "test,dc=x"})
    void injectionAttemptsNeverAuthenticate(String name) {
        assertEquals(Optional.empty(), ldap.authenticate(name, "1q2w3e4r"), name);
    }

    @Test
    void filterAppliesInTemplateModeToo() {
        LdapAuthenticator developers = authenticator(LdapSettings.builder().url(slapd.ldapUrl()).timeoutSeconds(GENEROUS_SECONDS)
                .baseDn("uid=%s,ou=people,dc=int32bit,dc=com").filter("gidNumber=5001").build());
        assertTrue(developers.authenticate("alice", "alice-Pass-1").isPresent());
        assertEquals(Optional.empty(), developers.authenticate("carol", "carol-Pass-1"));
    }
}
