package io.berth.auth.ldap;

import io.berth.testsupport.ldap.SlapdServer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A directory that is down, or accepts connections and never answers, fails the login within
 * timeout-seconds plus a small margin, with a reason and never the password.
 */
class LdapOutageTest {

    private static final int TIMEOUT_SECONDS = 2;
    private static final Duration MARGIN = Duration.ofMillis(1500);
    private static final String PASSWORD = "1q2w3e4r";

    /** Accepts TCP connections (the kernel completes the handshake) but never reads or writes. */
    private static ServerSocket silent;

    @BeforeAll
    static void openSilentPort() throws Exception {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterAll
    static void closeSilentPort() throws Exception {
        silent.close();
    }

    private static String silentUrl(String scheme) {
        return scheme + "://127.0.0.1:" + silent.getLocalPort();
    }

    private static LdapAuthenticator template(String url) {
        return new LdapAuthenticator(new LdapDirectorySource(LdapSettings.builder().url(url)
                .baseDn("uid=%s,dc=int32bit,dc=com").timeoutSeconds(TIMEOUT_SECONDS).verifyCert(false).build()));
    }

    private static LdapSettings.Builder search(String url) {
        return LdapSettings.builder().url(url).searchDn("cn=reader,dc=int32bit,dc=com").searchPassword("reader-Pass-1")
                .baseDn("dc=int32bit,dc=com").timeoutSeconds(TIMEOUT_SECONDS).verifyCert(false);
    }

    private static void failsPromptly(Supplier<?> login) {
        long start = System.nanoTime();
        LdapUnavailableException e = assertThrows(LdapUnavailableException.class, login::get);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(TIMEOUT_SECONDS).plus(MARGIN)) < 0, "took " + took);
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertFalse(e.getMessage().contains("reader-Pass-1"), e.getMessage());
    }

    @Test
    void silentServerTimesOutInTemplateMode() {
        failsPromptly(() -> template(silentUrl("ldap")).authenticate("test", PASSWORD));
    }

    @Test
    void silentServerTimesOutInSearchMode() {
        LdapAuthenticator ldap = new LdapAuthenticator(new LdapDirectorySource(search(silentUrl("ldap")).build()));
        failsPromptly(() -> ldap.authenticate("test", PASSWORD));
        failsPromptly(() -> ldap.authenticate("test", PASSWORD));
    }

    @Test
    void silentServerTimesOutDuringTlsHandshakes() {
        failsPromptly(() -> template(silentUrl("ldaps")).authenticate("test", PASSWORD));
        failsPromptly(() -> template(silentUrl("ldap+starttls")).authenticate("test", PASSWORD));
    }

    @Test
    void closedPortFailsAtOnce() throws Exception {
        String url = "ldap://127.0.0.1:" + SlapdServer.freePort();
        failsPromptly(() -> template(url).authenticate("test", PASSWORD));
    }

    @Test
    void pingOfASilentServerReportsFailureInTime() {
        LdapAdminService admin = new LdapAdminService(new LdapDirectorySource(search(silentUrl("ldap")).build()));
        long start = System.nanoTime();
        LdapPingResult result = admin.ping();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertFalse(result.success());
        assertTrue(took.compareTo(Duration.ofSeconds(TIMEOUT_SECONDS).plus(MARGIN)) < 0, "took " + took);
    }

    @Test
    void stoppedSlapdFailsLoginsInTimeEvenWithPooledConnections() throws Exception {
        try (SlapdServer slapd = SlapdServer.startWithSeed(); LogCapture logs = new LogCapture()) {
            LdapAuthenticator searchMode = new LdapAuthenticator(new LdapDirectorySource(search(slapd.ldapUrl()).build()));
            LdapAuthenticator templateMode = template(slapd.ldapUrl());
            assertTrue(searchMode.authenticate("test", PASSWORD).isPresent());
            assertTrue(templateMode.authenticate("test", PASSWORD).isPresent());

            slapd.stop();

            failsPromptly(() -> searchMode.authenticate("test", PASSWORD));
            failsPromptly(() -> searchMode.authenticate("test", PASSWORD));
            failsPromptly(() -> templateMode.authenticate("test", PASSWORD));

            // the reason is logged, at every level down to debug the passwords are not
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("ldap login failed")), String.join("\n", logs.lines()));
            assertTrue(logs.lines().stream().noneMatch(l -> l.contains(PASSWORD) || l.contains("reader-Pass-1")),
                    String.join("\n", logs.lines()));
        }
    }
}
