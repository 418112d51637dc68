package io.berth.auth.ldap;

import io.berth.testsupport.ldap.SlapdServer;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ldaps:// and StartTLS against slapd's self-signed certificate, with verify-cert on and off. */
class LdapTlsTest {

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

    private static LdapAuthenticator template(String url, boolean verify) {
        return new LdapAuthenticator(new LdapDirectorySource(LdapSettings.builder().url(url)
                .baseDn("uid=%s,dc=int32bit,dc=com").verifyCert(verify).timeoutSeconds(30).build()));
    }

    @Test
    void ldapsWithoutVerificationLogsIn() {
        assertEquals("test", template(slapd.ldapsUrl(), false).authenticate("test", "1q2w3e4r").orElseThrow().username());
        assertTrue(template(slapd.ldapsUrl(), false).authenticate("test", "wrong").isEmpty());
    }

    @Test
    void ldapsWithVerificationRefusesAnUntrustedCertificate() {
        LdapUnavailableException e = assertThrows(LdapUnavailableException.class,
                () -> template(slapd.ldapsUrl(), true).authenticate("test", "1q2w3e4r"));
        assertFalse(e.getMessage().contains("1q2w3e4r"));
    }

    @Test
    void startTlsWithoutVerificationLogsIn() {
        assertTrue(template(slapd.startTlsUrl(), false).authenticate("test", "1q2w3e4r").isPresent());
    }

    @Test
    void startTlsWithVerificationRefusesAnUntrustedCertificate() {
        // proves the upgrade really happens: plain ldap:// to the same port would log in
        assertThrows(LdapUnavailableException.class, () -> template(slapd.startTlsUrl(), true).authenticate("test", "1q2w3e4r"));
        assertTrue(template(slapd.ldapUrl(), true).authenticate("test", "1q2w3e4r").isPresent());
    }

    @Test
    void searchModeOverLdapsUsesTheSecuredPool() {
        LdapSettings settings = LdapSettings.builder().url(slapd.ldapsUrl()).verifyCert(false)
                .searchDn("cn=reader,dc=int32bit,dc=com").searchPassword("reader-Pass-1").baseDn("dc=int32bit,dc=com").build();
        LdapAuthenticator ldap = new LdapAuthenticator(new LdapDirectorySource(settings));
        assertTrue(ldap.authenticate("alice", "alice-Pass-1").isPresent());
        assertTrue(ldap.authenticate("bob", "bob-Pass-1").isPresent());
        assertTrue(new LdapAdminService(new LdapDirectorySource(settings)).ping().success());
        assertFalse(new LdapAdminService(new LdapDirectorySource(settings)).ping(
                LdapSettings.builder().url(slapd.ldapsUrl()).verifyCert(true).baseDn("dc=int32bit,dc=com").build()).success());
    }

    @Test
    void verificationAcceptsTheCertificateOnceTrustedAndChecksTheHostName() throws Exception {
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(slapd.certificate())) {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("slapd", cert);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        X509TrustManager trusting = (X509TrustManager) factory.getTrustManagers()[0];
        X509Certificate[] chain = {cert};

        assertDoesNotThrow(() -> new HostnameCheckingTrustManager(trusting, "127.0.0.1").checkServerTrusted(chain, "RSA"));
        assertDoesNotThrow(() -> new HostnameCheckingTrustManager(trusting, "LOCALHOST").checkServerTrusted(chain, "RSA"));
        assertThrows(CertificateException.class, () -> new HostnameCheckingTrustManager(trusting, "127.0.0.2").checkServerTrusted(chain, "RSA"));
        assertThrows(CertificateException.class, () -> new HostnameCheckingTrustManager(trusting, "ldap.example.com").checkServerTrusted(chain, "RSA"));

        X509TrustManager jvmDefault = (X509TrustManager) LdapTrust.managers(LdapEndpoint.parse(slapd.ldapsUrl()), true)[0];
        assertThrows(CertificateException.class, () -> jvmDefault.checkServerTrusted(chain, "RSA"));
    }

    @Test
    void wildcardsCoverExactlyOneLeftMostLabel() {
        assertTrue(HostnameCheckingTrustManager.dnsMatches("ldap.example.com", "*.example.com"));
        assertTrue(HostnameCheckingTrustManager.dnsMatches("LDAP.Example.com.", "ldap.example.com"));
        assertFalse(HostnameCheckingTrustManager.dnsMatches("example.com", "*.example.com"));
        assertFalse(HostnameCheckingTrustManager.dnsMatches("a.ldap.example.com", "*.example.com"));
        assertFalse(HostnameCheckingTrustManager.dnsMatches("example.com", "*.com"));
        assertFalse(HostnameCheckingTrustManager.dnsMatches("ldap.example.org", "ldap.example.com"));
    }
}
