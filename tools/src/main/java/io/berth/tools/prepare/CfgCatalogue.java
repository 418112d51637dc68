package io.berth.tools.prepare;

import static io.berth.tools.prepare.CfgKey.anything;
import static io.berth.tools.prepare.CfgKey.intBetween;
import static io.berth.tools.prepare.CfgKey.matches;
import static io.berth.tools.prepare.CfgKey.nonEmpty;
import static io.berth.tools.prepare.CfgKey.oneOf;
import static io.berth.tools.prepare.CfgKey.optional;
import static io.berth.tools.prepare.CfgKey.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every harbor.cfg key prepare knows (Harbor 1.x's, plus the pull-through cache's and data_volume). */
final class CfgCatalogue {

    static final String BOOL = "on or off (true or false)";
    private static final String HOST = "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]";
    private static final String URL_REST = "[^\\s]+";

    static final List<CfgKey> KEYS = List.of(
            required("hostname", "a host name or IP address with an optional :port (no scheme)",
                    matches("(" + HOST + ")(:[0-9]{1,5})?").and(CfgCatalogue::portInRange)),
            optional("ui_url_protocol", "http", "http or https", oneOf("http", "https")),
            optional("ssl_cert", "", "the path of an existing PEM certificate file", anything()),
            optional("ssl_cert_key", "", "the path of an existing PEM private key file", anything()),
            required("db_password", "a non-empty password of at most 128 characters", nonEmpty(128)),
            required("harbor_admin_password", "a non-empty password of at most 128 characters", nonEmpty(128)),
            optional("auth_mode", "db_auth", "db_auth or ldap_auth", oneOf("db_auth", "ldap_auth")),
            optional("ldap_url", "", "an ldap://, ldaps:// or ldap+starttls:// URL",
                    v -> v.isEmpty() || v.matches("(ldaps?|ldap\\+starttls)://" + URL_REST)),
            optional("ldap_searchdn", "", "a DN (or empty)", anything()),
            optional("ldap_search_pwd", "", "a password (or empty)", anything()),
            optional("ldap_basedn", "", "a base DN such as dc=example,dc=com, or a DN template such as uid=%s,dc=example,dc=com",
                    v -> v.isEmpty() || v.matches("[A-Za-z][A-Za-z0-9-]*=%s(,[^%]+)?") || (!v.contains("%") && v.contains("="))),
            optional("ldap_filter", "", "an LDAP filter such as (objectClass=person), or empty",
                    v -> v.isEmpty() || (v.startsWith("(") && v.endsWith(")"))),
            optional("ldap_uid", "uid", "an attribute name such as uid or cn", matches("[A-Za-z][A-Za-z0-9-]*")),
            optional("ldap_scope", "2", "0 (base), 1 (one level) or 2 (subtree)", oneOf("0", "1", "2")),
            optional("ldap_timeout", "5", "a whole number of seconds from 1 to 3600", intBetween(1, 3600)),
            optional("ldap_verify_cert", "true", BOOL, CfgCatalogue::isBool),
            optional("self_registration", "on", BOOL, CfgCatalogue::isBool),
            optional("token_expiration", "30", "a whole number of minutes from 1 to 525600", intBetween(1, 525600)),
            optional("project_creation_restriction", "everyone", "everyone or adminonly", oneOf("everyone", "adminonly")),
            optional("email_identity", "", "any text (or empty)", anything()),
            optional("email_server", "smtp.mydomain.com", "a host name (or empty)", v -> v.isEmpty() || v.matches(HOST)),
            optional("email_server_port", "25", "a port number from 1 to 65535", intBetween(1, 65535)),
            optional("email_username", "", "a user name (or empty)", anything()),
            optional("email_password", "", "a password (or empty)", anything()),
            optional("email_from", "", "a sender address (or empty)", anything()),
            optional("email_ssl", "false", BOOL, CfgCatalogue::isBool),
            optional("email_insecure", "false", BOOL, CfgCatalogue::isBool),
            optional("log_rotate_count", "50", "a whole number from 0 to 10000", intBetween(0, 10000)),
            optional("log_rotate_size", "200M", "a size such as 200M (digits with an optional k, M or G)",
                    matches("[1-9][0-9]{0,9}[kKmMgG]?")),
            optional("secretkey_path", "/data", "an absolute path", v -> v.startsWith("/")),
            optional("customize_crt", "on", BOOL, CfgCatalogue::isBool),
            optional("data_volume", "/data", "an absolute path", v -> v.startsWith("/")),
            optional("registry_proxy_remoteurl", "", "an http:// or https:// URL, or empty",
                    v -> v.isEmpty() || v.matches("https?://" + URL_REST)),
            optional("registry_proxy_username", "", "a user name (or empty)", anything()),
            optional("registry_proxy_password", "", "a password (or empty)", anything()),
            optional("proxy_create_projects", "on", BOOL, CfgCatalogue::isBool),
            optional("registry_config_template", "", "the path of a readable registry config.yml template, or empty",
                    anything()));

    static final Map<String, CfgKey> BY_NAME = byName();

    private CfgCatalogue() {
    }

    static boolean isBool(String v) {
        return oneOf("on", "off", "true", "false").test(v.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean toBool(String v) {
        String l = v.toLowerCase(java.util.Locale.ROOT);
        return l.equals("on") || l.equals("true");
    }

    private static boolean portInRange(String hostname) {
        int colon = hostname.lastIndexOf(':');
        if (colon < 0 || hostname.endsWith("]")) {
            return true;
        }
        int port = Integer.parseInt(hostname.substring(colon + 1));
        return port >= 1 && port <= 65535;
    }

    private static Map<String, CfgKey> byName() {
        Map<String, CfgKey> m = new LinkedHashMap<>();
        KEYS.forEach(k -> m.put(k.name(), k));
        return m;
    }
}
