package io.berth.auth.ldap;

import io.berth.testsupport.ldap.SlapdServer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A directory that is down, or accepts connections and never answers, fails the login on its
 * deadline, with a reason and never the password. The bound on the elapsed time is the budget
 * plus a margin that holds on a loaded machine, and still far below the directory client's own
 * 30-second default, which is what a login without a deadline would wait.
 */
class LdapOutageTest {

    private static final int TIMEOUT_SECONDS = 1;
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final String PASSWORD = "1q2w3e4r";

    /** Accepts TCP connections (the kernel completes the handshake) but never reads or writes. */
    private static ServerSocket silent;

    @BeforeAll
    static void openSilentPort() throws Exception {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        // the JVM's one-time TLS set-up is not the login's to pay for
        javax.net.ssl.SSLEngine engine = SSLContext.getDefault().createSSLEngine();
        engine.setUseClientMode(true);
        engine.beginHandshake();
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
        failsPromptly(login, null);
    }

    /** Fails well inside {@link #BOUND}, for the reason given (a pattern of the message) when not null. */
    private static void failsPromptly(Supplier<?> login, String reason) {
        long start = System.nanoTime();
        LdapUnavailableException e = assertThrows(LdapUnavailableException.class, login::get);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
        if (reason != null) {
            assertTrue(e.getMessage().matches(reason), e.getMessage());
        }
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertFalse(e.getMessage().contains("reader-Pass-1"), e.getMessage());
    }

    /** What a deadline reached says: the hard stop's words or the client's own timeout. */
    private static final String TIMED_OUT = "(?is).*(timed out|time ?out).*";

    @Test
    void silentServerTimesOutInTemplateMode() {
        failsPromptly(() -> template(silentUrl("ldap")).authenticate("test", PASSWORD), TIMED_OUT);
    }

    @Test
    void silentServerTimesOutInSearchMode() {
        LdapAuthenticator ldap = new LdapAuthenticator(new LdapDirectorySource(search(silentUrl("ldap")).build()));
        failsPromptly(() -> ldap.authenticate("test", PASSWORD), TIMED_OUT);
        failsPromptly(() -> ldap.authenticate("test", PASSWORD), TIMED_OUT);
    }

    @Test
    void silentServerTimesOutDuringTlsHandshakes() {
        failsPromptly(() -> template(silentUrl("ldaps")).authenticate("test", PASSWORD), TIMED_OUT);
        failsPromptly(() -> template(silentUrl("ldap+starttls")).authenticate("test", PASSWORD), TIMED_OUT);
    }

    @Test
    void closedPortFailsAtOnce() throws Exception {
        // a socket bound but never listening holds the port: connections to it are refused, and
        // no other process can take it meanwhile
        try (Socket holder = new Socket()) {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String url = "ldap://127.0.0.1:" + holder.getLocalPort();
            failsPromptly(() -> template(url).authenticate("test", PASSWORD), "(?is).*refused.*");
        }
    }

    @Test
    void pingOfASilentServerReportsFailureInTime() {
        LdapAdminService admin = new LdapAdminService(new LdapDirectorySource(search(silentUrl("ldap")).build()));
        long start = System.nanoTime();
        LdapPingResult result = admin.ping();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertFalse(result.success());
        assertTrue(result.message().matches(TIMED_OUT), result.message());
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
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
