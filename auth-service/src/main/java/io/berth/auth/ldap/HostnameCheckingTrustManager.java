package io.berth.auth.ldap;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Validates the server chain with a delegate, then checks the configured host against the leaf
 * certificate (RFC 6125: DNS or IP subjectAltName, a left-most {@code *} label, CN only when
 * there is no DNS name at all). Only ever used as a client.
 */
final class HostnameCheckingTrustManager extends X509ExtendedTrustManager {

    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){3}$");

    private final X509TrustManager delegate;
    private final String host;

    HostnameCheckingTrustManager(X509TrustManager delegate, String host) {
        this.delegate = delegate;
        this.host = host;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
        checkHost(chain[0]);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not accepted here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }

    void checkHost(X509Certificate leaf) throws CertificateException {
        boolean ipHost = IPV4.matcher(host).matches() || host.indexOf(':') >= 0;
        List<String> dnsNames = new ArrayList<>();
        for (List<?> san : subjectAltNames(leaf)) {
            int type = (Integer) san.get(0);
            String value = String.valueOf(san.get(1));
            if (type == SAN_IP && ipHost && sameAddress(host, value)) {
                return;
            }
            if (type == SAN_DNS) {
                dnsNames.add(value);
            }
        }
        if (!ipHost) {
            List<String> names = dnsNames.isEmpty() ? commonNames(leaf) : dnsNames;
            for (String name : names) {
                if (dnsMatches(host, name)) {
                    return;
                }
            }
        }
        throw new CertificateException("ldap server certificate does not match host " + host);
    }

    static boolean dnsMatches(String host, String pattern) {
        String h = stripDot(host.toLowerCase(Locale.ROOT));
        String p = stripDot(pattern.toLowerCase(Locale.ROOT));
        if (!p.startsWith("*.")) {
            return h.equals(p);
        }
        String suffix = p.substring(1);
        int firstDot = h.indexOf('.');
        return firstDot > 0 && h.substring(firstDot).equals(suffix) && suffix.indexOf('.', 1) > 0;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            // both are literals here, so no name lookup happens
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Collection<List<?>> subjectAltNames(X509Certificate cert) throws CertificateException {
        try {
            Collection<List<?>> names = cert.getSubjectAlternativeNames();
            return names == null ? List.of() : names;
        } catch (CertificateParsingException e) {
            throw new CertificateException("unreadable subjectAltName", e);
        }
    }

    private static List<String> commonNames(X509Certificate cert) throws CertificateException {
        try {
            List<String> cns = new ArrayList<>();
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    cns.add(String.valueOf(rdn.getValue()));
                }
            }
            return cns;
        } catch (InvalidNameException e) {
            throw new CertificateException("unreadable certificate subject", e);
        }
    }
}
