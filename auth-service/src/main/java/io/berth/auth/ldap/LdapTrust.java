package io.berth.auth.ldap;

import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.apache.directory.ldap.client.api.NoVerificationTrustManager;

/**
 * Trust for ldaps:// and StartTLS. {@code verify-cert} on: the JVM's trusted CAs plus a host name
 * check (the LDAP API does no host name check of its own). Off: any certificate, as Harbor's
 * {@code ldap_verify_cert = false} does.
 */
final class LdapTrust {

    private LdapTrust() {
    }

    static TrustManager[] managers(LdapEndpoint endpoint, boolean verify) {
        if (!verify) {
            return new TrustManager[] {new NoVerificationTrustManager()};
        }
        return new TrustManager[] {new HostnameCheckingTrustManager(jvmDefault(), endpoint.host())};
    }

    private static X509TrustManager jvmDefault() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no x509 trust manager in the jvm");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the jvm trust store", e);
        }
    }
}
