package io.berth.auth.ldap;

import io.berth.testsupport.ldap.SlapdServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.directory.api.ldap.model.name.Dn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search-then-bind: bind as ldap_searchdn (or anonymously), search, bind as the found entry. */
class LdapSearchLoginTest {

    /** A live directory answers at once; the budget only has to hold on a loaded machine. */
    private static final int GENEROUS_SECONDS = 30;

    private static final String READER = "cn=reader,dc=int32bit,dc=com";

    private static SlapdServer slapd;

    @BeforeAll
    static void start() throws Exception {
        slapd = SlapdServer.startWithSeed();
    }

    @AfterAll
    static void stop() {
        if (slapd != null) {
            slapd.close();
        }
    }

    private static LdapSettings.Builder search() {
        return LdapSettings.builder().url(slapd.ldapUrl()).timeoutSeconds(GENEROUS_SECONDS).searchDn(READER).searchPassword("reader-Pass-1")
                .baseDn("dc=int32bit,dc=com").uid("uid").scope(2);
    }

    private static LdapAuthenticator authenticator(LdapSettings settings) {
        return new LdapAuthenticator(new LdapDirectorySource(settings));
    }

    @Test
    void seedUserLogsInThroughTheSearchAccount() {
        LdapUser user = authenticator(search().build()).authenticate("test", "1q2w3e4r").orElseThrow();
        assertEquals(new LdapUser("test", "test@int32bit.com", "Test User", "uid=test,dc=int32bit,dc=com"), user);
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() {
        LdapAuthenticator ldap = authenticator(search().build());
        assertEquals(Optional.empty(), ldap.authenticate("test", "wrong-password"));
        assertEquals(Optional.empty(), ldap.authenticate("nobody", "1q2w3e4r"));
        assertEquals(Optional.empty(), ldap.authenticate("test", ""));
    }

    @Test
    void filterAdmitsOneGroupAndRejectsTheOther() {
        LdapAuthenticator developersOnly = authenticator(search().filter("(&(objectClass=posixAccount)(gidNumber=5001))").build());
        assertEquals("alice", developersOnly.authenticate("alice", "alice-Pass-1").orElseThrow().username());
        assertEquals("bob", developersOnly.authenticate("bob", "bob-Pass-1").orElseThrow().username());
        assertEquals(Optional.empty(), developersOnly.authenticate("carol", "carol-Pass-1"));
        assertEquals(Optional.empty(), developersOnly.authenticate("dave", "dave-Pass-1"));

        // the same people without the filter: the refusal above came from the filter alone
        LdapAuthenticator everyone = authenticator(search().build());
        assertTrue(everyone.authenticate("carol", "carol-Pass-1").isPresent());
    }

    @Test
    void filterWithoutParenthesesIsAccepted() {
        LdapAuthenticator contractors = authenticator(search().filter("gidNumber=5002").build());
        assertTrue(contractors.authenticate("dave", "dave-Pass-1").isPresent());
        assertEquals(Optional.empty(), contractors.authenticate("alice", "alice-Pass-1"));
    }

    @Test
    void scopeDecidesHowDeepTheSearchGoes() {
        LdapAuthenticator oneLevelUnderBase = authenticator(search().scope(1).build());
        assertTrue(oneLevelUnderBase.authenticate("test", "1q2w3e4r").isPresent());
        assertEquals(Optional.empty(), oneLevelUnderBase.authenticate("alice", "alice-Pass-1"));

        LdapAuthenticator subtree = authenticator(search().scope(2).build());
        assertTrue(subtree.authenticate("alice", "alice-Pass-1").isPresent());

        LdapAuthenticator baseOnly = authenticator(search().baseDn("uid=test,dc=int32bit,dc=com").scope(0).build());
        assertTrue(baseOnly.authenticate("test", "1q2w3e4r").isPresent());
        assertEquals(Optional.empty(), baseOnly.authenticate("alice", "alice-Pass-1"));
    }

    @Test
    void anonymousSearchWorksWithoutSearchDn() {
        LdapAuthenticator anonymous = authenticator(search().searchDn(null).searchPassword(null).build());
        assertEquals("alice@int32bit.com", anonymous.authenticate("alice", "alice-Pass-1").orElseThrow().email());
    }

    @Test
    void twoEntriesForOneNameRefuseTheLogin() {
        LdapAuthenticator ldap = authenticator(search().build());
        assertEquals(Optional.empty(), ldap.authenticate("twin", "twin-Pass-1"));
        // each twin is real: narrowing the scope to one of them lets it in
        assertTrue(authenticator(search().scope(1).build()).authenticate("twin", "twin-Pass-1").isPresent());
    }

    @Test
    void wrongSearchPasswordIsAnOutageNotARefusal() {
        LdapAuthenticator ldap = authenticator(search().searchPassword("not-the-password").build());
        LdapUnavailableException e = assertThrows(LdapUnavailableException.class, () -> ldap.authenticate("test", "1q2w3e4r"));
        assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
    }

    @Test
    void pooledSearchConnectionsServeManyLogins() {
        LdapAuthenticator ldap = authenticator(search().build());
        for (int i = 0; i < 30; i++) {
            assertTrue(ldap.authenticate(i % 2 == 0 ? "alice" : "bob", i % 2 == 0 ? "alice-Pass-1" : "bob-Pass-1").isPresent());
        }
    }

    @Test
    void concurrentLoginsShareTheBoundedPool() throws Exception {
        LdapAuthenticator ldap = authenticator(search().build());
        ExecutorService callers = Executors.newFixedThreadPool(24);
        try {
            List<Future<Optional<LdapUser>>> results = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                boolean right = i % 3 != 0;
                results.add(callers.submit(() -> ldap.authenticate("alice", right ? "alice-Pass-1" : "wrong-Pass-1")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 3 != 0, results.get(i).get(30, TimeUnit.SECONDS).isPresent(), "login " + i);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void dnSpecialsInARealNameAreEscapedInTheFilter() throws Exception {
        LdapUser user = authenticator(search().build()).authenticate("dev,ops+1", "weird-Pass-1").orElseThrow();
        assertEquals("dev,ops+1", user.username());
        Dn dn = new Dn(user.dn());
        assertEquals(3, dn.size());
        assertEquals("dev,ops+1", dn.getRdn().getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "t*", "*st", "te*t", ")(uid=*", "test)(uid=*", "*)(uid=*))(|(uid=*", "*)(|(uid=*",
            "test)(|(objectClass=*)", "\\00", "test\\00", "\\2a", "test\u0000", "\u0000", "te+st",
            "test,dc=int32bit,dc=com", "uid=test", "test\\", "(uid=test)", " test", "test "})
    void injectionAttemptsNeverAuthenticate(String name) {
        LdapAuthenticator ldap = authenticator(search().build());
        assertEquals(Optional.empty(), ldap.authenticate(name, "1q2w3e4r"), name);
        LdapAuthenticator developersOnly = authenticator(search().filter("(gidNumber=5001)").build());
        assertEquals(Optional.empty(), developersOnly.authenticate(name, "carol-Pass-1"), name);
    }

    @Test
    void adminSearchListsOnlyUsersPassingTheFilter() {
        LdapAdminService admin = new LdapAdminService(new LdapDirectorySource(search().filter("(gidNumber=5001)").build()));
        List<LdapUser> all = admin.search("");
        assertEquals(List.of("alice", "bob"), all.stream().map(LdapUser::username).sorted().toList());
        assertEquals(List.of(new LdapUser("alice", "alice@int32bit.com", "Alice Developer", "uid=alice,ou=people,dc=int32bit,dc=com")),
                admin.search("alice"));
        assertEquals(List.of(), admin.search("carol"));
        assertEquals(List.of(), admin.search("*"));
        assertEquals(List.of(), admin.search("a*"));
    }

    @Test
    void adminLookupFindsExactlyOneUserForImport() {
        LdapAdminService admin = new LdapAdminService(new LdapDirectorySource(search().build()));
        assertEquals("carol@int32bit.com", admin.lookup("carol").orElseThrow().email());
        assertEquals(Optional.empty(), admin.lookup("twin"));
        assertEquals(Optional.empty(), admin.lookup("nobody"));
        assertEquals(Optional.empty(), admin.lookup("*"));
        assertEquals(Optional.empty(), admin.lookup(""));
    }

    @Test
    void pingFormStartsFromTheConfiguredSettings() {
        LdapAdminService admin = new LdapAdminService(new LdapDirectorySource(search().build()));
        LdapSettings configured = admin.configuredSettings().orElseThrow();
        // the form changes the filter and leaves the search password out: the configured one is kept
        LdapSettings form = configured.toBuilder().filter("(gidNumber=5001)").build();
        assertEquals("reader-Pass-1", form.searchPassword());
        assertEquals(configured.toString().replace("filter=,", "filter=(gidNumber=5001),"), form.toString());
        assertTrue(admin.ping(form).success());
        LdapSettings template = LdapSettings.builder().url(slapd.ldapUrl()).timeoutSeconds(GENEROUS_SECONDS).baseDn("uid=%s,dc=int32bit,dc=com").scope(1).build();
        assertEquals(template.toString(), template.toBuilder().build().toString());
    }

    @Test
    void adminSearchWorksInTemplateMode() {
        LdapAdminService admin = new LdapAdminService(new LdapDirectorySource(
                LdapSettings.builder().url(slapd.ldapUrl()).timeoutSeconds(GENEROUS_SECONDS).baseDn("uid=%s,ou=people,dc=int32bit,dc=com").build()));
        assertEquals(List.of("alice", "bob", "carol", "dave", "twin"),
                admin.search(null).stream().map(LdapUser::username).sorted().toList());
    }

    @Test
    void pingChecksConnectionSearchBindAndBase() {
        LdapAdminService admin = new LdapAdminService(new LdapDirectorySource(search().build()));
        assertEquals(new LdapPingResult(true, ""), admin.ping());

        LdapPingResult wrongPassword = admin.ping(search().searchPassword("nope-Nope-1").build());
        assertFalse(wrongPassword.success());
        assertFalse(wrongPassword.message().contains("nope-Nope-1"));

        LdapPingResult missingBase = admin.ping(search().baseDn("ou=missing,dc=int32bit,dc=com").build());
        assertFalse(missingBase.success());
        assertTrue(missingBase.message().contains("base dn"), missingBase.message());

        assertTrue(admin.ping(LdapSettings.builder().url(slapd.ldapUrl()).timeoutSeconds(GENEROUS_SECONDS).baseDn("uid=%s,dc=int32bit,dc=com").build()).success());
    }
}
