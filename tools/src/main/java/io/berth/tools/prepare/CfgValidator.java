package io.berth.tools.prepare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every harbor.cfg value against {@link CfgCatalogue}: a wrong value or a missing required
 * key is a problem naming the key and what it accepts; an unknown key is a warning.
 */
final class CfgValidator {

    private final List<String> warnings = new ArrayList<>();
    private final Path baseDir;

    /** @param baseDir the folder relative paths in harbor.cfg are resolved against (harbor.cfg's own) */
    CfgValidator(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath();
    }

    List<String> warnings() {
        return warnings;
    }

    Settings validate(HarborCfg cfg) throws InvalidConfigException {
        List<String> problems = new ArrayList<>(cfg.problems());
        Map<String, String> raw = cfg.values();
        raw.keySet().stream().filter(k -> !CfgCatalogue.BY_NAME.containsKey(k))
                .forEach(k -> warnings.add(k + ": unknown key, ignored"));
        for (CfgKey key : CfgCatalogue.KEYS) {
            String value = raw.get(key.name());
            if (value == null && key.isRequired()) {
                problems.add(key.name() + ": missing; it accepts " + key.accepts());
            } else if (value != null && !key.test().test(value)) {
                problems.add(key.name() + ": '" + shown(key, value) + "' is not accepted; it accepts " + key.accepts());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        Values v = new Values(raw);
        checkDependentKeys(v, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return toSettings(v);
    }

    /** Keys that become required, or must name an existing file, because of another key. */
    private void checkDependentKeys(Values v, List<String> problems) {
        if (v.get("ui_url_protocol").equals("https")) {
            for (String key : List.of("ssl_cert", "ssl_cert_key")) {
                String path = v.get(key);
                if (path.isEmpty()) {
                    problems.add(key + ": missing; ui_url_protocol = https needs it: the path of an existing PEM file");
                } else if (!Files.isReadable(file(path))) {
                    problems.add(key + ": '" + path + "' is not a readable file; it accepts the path of an existing PEM file");
                }
            }
        }
        String template = v.get("registry_config_template");
        if (!template.isEmpty() && !Files.isReadable(file(template))) {
            problems.add("registry_config_template: '" + template + "' is not a readable file; it accepts "
                    + CfgCatalogue.BY_NAME.get("registry_config_template").accepts());
        }
        if (v.get("auth_mode").equals("ldap_auth")) {
            for (String key : List.of("ldap_url", "ldap_basedn")) {
                if (v.get(key).isEmpty()) {
                    problems.add(key + ": missing; auth_mode = ldap_auth needs it");
                }
            }
        }
    }

    private Settings toSettings(Values v) {
        String hostname = v.get("hostname");
        String host = hostname;
        Integer port = null;
        int colon = hostname.lastIndexOf(':');
        if (colon > 0 && !hostname.endsWith("]")) {
            host = hostname.substring(0, colon);
            port = Integer.parseInt(hostname.substring(colon + 1));
        }
        boolean https = v.get("ui_url_protocol").equals("https");
        Settings.Ldap ldap = new Settings.Ldap(v.get("ldap_url"), v.get("ldap_searchdn"), v.get("ldap_search_pwd"),
                v.get("ldap_basedn"), v.get("ldap_filter"), v.get("ldap_uid"), v.integer("ldap_scope"),
                v.integer("ldap_timeout"), v.bool("ldap_verify_cert"));
        Optional<Settings.Mirror> mirror = v.get("registry_proxy_remoteurl").isEmpty() ? Optional.empty()
                : Optional.of(new Settings.Mirror(v.get("registry_proxy_remoteurl"),
                        v.get("registry_proxy_username"), v.get("registry_proxy_password")));
        return new Settings(host, port, https,
                https ? Optional.of(file(v.get("ssl_cert"))) : Optional.empty(),
                https ? Optional.of(file(v.get("ssl_cert_key"))) : Optional.empty(),
                v.get("db_password"), v.get("harbor_admin_password"), v.get("auth_mode"), ldap,
                v.bool("self_registration"), v.integer("token_expiration"), v.get("project_creation_restriction"),
                v.integer("log_rotate_count"), v.get("log_rotate_size"), v.bool("customize_crt"),
                Path.of(v.get("data_volume")), mirror, v.bool("proxy_create_projects"),
                v.get("registry_config_template").isEmpty() ? Optional.empty()
                        : Optional.of(file(v.get("registry_config_template"))));
    }

    private Path file(String path) {
        return baseDir.resolve(path).normalize();
    }

    /** Never echo a secret back in a message. */
    private static String shown(CfgKey key, String value) {
        return key.name().contains("pass") || key.name().endsWith("_pwd") ? "***" : value;
    }

    /** Raw values with the catalogue's defaults filled in. */
    private record Values(Map<String, String> raw) {
        String get(String key) {
            String v = raw.get(key);
            return v != null ? v : CfgCatalogue.BY_NAME.get(key).defaultValue();
        }

        int integer(String key) {
            return Integer.parseInt(get(key));
        }

        boolean bool(String key) {
            return CfgCatalogue.toBool(get(key));
        }
    }
}
