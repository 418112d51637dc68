package io.berth.tools.prepare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * registry-core's {@code registry/config.yml}, rendered from a template: the built-in one, or a
 * hand-edited copy named by harbor.cfg's {@code registry_config_template}, so edits made there
 * survive every prepare run (the generated file itself is never edited).
 */
final class RegistryConfig {

    static final String TEMPLATE_KEY = "registry_config_template";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private RegistryConfig() {
    }

    static String render(Settings s, Topology t, Optional<Path> template) throws IOException, InvalidConfigException {
        String text = template.isPresent() ? Files.readString(template.get(), StandardCharsets.UTF_8) : builtIn();
        Map<String, String> values = values(s, t);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new InvalidConfigException(List.of(TEMPLATE_KEY + ": unknown placeholder ${" + m.group(1)
                        + "}; it accepts " + String.join(", ", values.keySet())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> values(Settings s, Topology t) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("storage_dir", quote(t.storageDir().toString()));
        v.put("token_realm", quote(s.externalUrl() + "/service/token"));
        v.put("token_service", quote(AuthConfig.TOKEN_SERVICE));
        v.put("token_issuer", quote(AuthConfig.TOKEN_ISSUER));
        v.put("token_cert_file", quote(t.tokenCertFile().toString()));
        v.put("events_url", quote(t.ui().url() + "/internal/v1/events"));
        v.put("proxy_section", s.mirror().map(RegistryConfig::proxySection).orElse(""));
        v.put("internal_secret_file", quote(t.secretFile().toString()));
        v.put("outbox_dir", quote(t.storageDir().resolve("_berth/outbox").toString()));
        v.put("bind_host", quote(t.bindHost()));
        v.put("port", Integer.toString(t.registry().port()));
        v.put("syslog_enabled", Boolean.toString(t.local()));
        v.put("syslog_endpoint", quote(t.syslog().hostPort()));
        return v;
    }

    /** distribution's pull-through cache section (harbor.cfg's registry_proxy_*). */
    private static String proxySection(Settings.Mirror mirror) {
        StringBuilder b = new StringBuilder("proxy:\n  remoteurl: ").append(quote(mirror.remoteUrl()));
        if (!mirror.username().isEmpty()) {
            b.append("\n  username: ").append(quote(mirror.username()));
            b.append("\n  password: ").append(quote(mirror.password()));
        }
        return b.toString();
    }

    private static String builtIn() throws IOException {
        try (InputStream in = RegistryConfig.class.getResourceAsStream("registry-config.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A YAML double-quoted scalar. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        // SmallRye Config would expand ${...} inside a value; $${ keeps it literal
        return b.append('"').toString().replace("${", "$${");
    }
}
