package io.berth.auth.ldap;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the directory listens and how the connection is secured, parsed from {@code ldap_url}.
 *
 * <p>StartTLS is chosen by the scheme {@code ldap+starttls://} (plain port 389, upgraded with the
 * StartTLS extended operation before any bind); {@code ldaps://} is TLS from the first byte
 * (port 636); {@code ldap://} is clear text. Like Harbor, a bare {@code host[:port]} means
 * {@code ldap://}. A path, query or user part is refused rather than silently ignored.
 */
public record LdapEndpoint(String host, int port, Transport transport) {

    public enum Transport {
        PLAIN, LDAPS, START_TLS
    }

    private static final Pattern URL = Pattern.compile(
            "^(?:([a-zA-Z+]+)://)?(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?/?$");

    public static LdapEndpoint parse(String url) {
        if (url == null || url.isBlank()) {
            throw new LdapSettingsException("ldap url is empty");
        }
        Matcher m = URL.matcher(url.trim());
        if (!m.matches()) {
            throw new LdapSettingsException("ldap url must look like ldap://host[:port], ldaps://host[:port] or ldap+starttls://host[:port]");
        }
        Transport transport = transport(m.group(1));
        String host = m.group(2);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = m.group(3) == null ? defaultPort(transport) : Integer.parseInt(m.group(3));
        if (port < 1 || port > 65535) {
            throw new LdapSettingsException("ldap url port is out of range");
        }
        return new LdapEndpoint(host, port, transport);
    }

    private static Transport transport(String scheme) {
        if (scheme == null) {
            return Transport.PLAIN;
        }
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "ldap":
                return Transport.PLAIN;
            case "ldaps":
                return Transport.LDAPS;
            case "ldap+starttls":
                return Transport.START_TLS;
            default:
                throw new LdapSettingsException("ldap url scheme must be ldap, ldaps or ldap+starttls");
        }
    }

    private static int defaultPort(Transport transport) {
        return transport == Transport.LDAPS ? 636 : 389;
    }

    @Override
    public String toString() {
        String scheme = switch (transport) {
            case PLAIN -> "ldap";
            case LDAPS -> "ldaps";
            case START_TLS -> "ldap+starttls";
        };
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return scheme + "://" + h + ":" + port;
    }
}
