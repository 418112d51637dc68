package io.berth.registry.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Refuses to start on a config.yml with a key Berth does not know or does not support, naming
 * the section, as distribution refuses a storage driver it does not have: a hand-edited
 * {@code storage.s3:} must not leave the registry quietly storing on the filesystem. Keys
 * distribution knows whose absence of effect is harmless (its log settings, its blob
 * descriptor cache, redirects Berth never sends) are accepted.
 */
@Singleton
public class ConfigFileCheck {

    private static final List<Pattern> ACCEPTED = Stream.of(
            "version",
            "log\\..+",
            "storage\\.filesystem\\.(rootdirectory|maxthreads)",
            "storage\\.delete\\.enabled",
            "storage\\.maintenance\\.uploadpurging\\.(enabled|age|interval|dryrun)",
            "storage\\.cache\\.blobdescriptor",
            "storage\\.redirect\\.disable",
            "auth\\.token\\.(realm|service|issuer|rootcertbundle)",
            "notifications\\.events\\.includereferences",
            "notifications\\.endpoints\\[\\d+]\\.(name|url|timeout|backoff|disabled)",
            "proxy\\.(remoteurl|username|password)",
            "berth\\.(internal-secret-file|outbox-dir|manifest-max-bytes|gc\\.grace-window)",
            "quarkus\\..+",
            "smallrye\\..+").map(Pattern::compile).toList();

    private static final Pattern YAML_FILE = Pattern.compile("YamlConfigSource\\[source=(.+)]");

    /** distribution's other storage drivers: known, not supported. */
    private static final Set<String> DRIVERS = Set.of("s3", "azure", "gcs", "swift", "oss", "inmemory");

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent ev) throws IOException {
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            Matcher file = YAML_FILE.matcher(source.getName());
            if (!file.matches()) {
                continue;
            }
            // read the file itself: the config source drops keys without a value, like an empty "s3:"
            List<String> problems;
            try (InputStream in = new URL(file.group(1)).openStream()) {
                problems = problems(keys(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(file.group(1) + ": " + String.join("; ", problems));
            }
        }
    }

    /** Every key of a YAML document, flattened as the configuration names them, empty ones included. */
    static List<String> keys(String yaml) {
        List<String> out = new ArrayList<>();
        flatten("", new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), out);
        return out;
    }

    private static void flatten(String prefix, Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else if (!prefix.isEmpty()) {
            out.add(prefix);
        }
    }

    /** One line per section holding keys that are not accepted, naming the section and why. */
    static List<String> problems(Iterable<String> keys) {
        Map<String, String> bySection = new TreeMap<>();
        for (String key : keys) {
            if (ACCEPTED.stream().noneMatch(p -> p.matcher(key).matches())) {
                String section = section(key);
                bySection.putIfAbsent(section, section + ": " + reason(section));
            }
        }
        return List.copyOf(bySection.values());
    }

    /**
     * The first two named levels of a key: {@code storage.s3} of {@code storage.s3.bucket},
     * {@code notifications.endpoints[0].headers} of {@code notifications.endpoints[0].headers.X}.
     */
    private static String section(String key) {
        String[] parts = key.split("\\.");
        StringBuilder out = new StringBuilder();
        int named = 0;
        for (String part : parts) {
            if (named == 2) {
                break;
            }
            out.append(out.length() == 0 ? "" : ".").append(part);
            if (!part.endsWith("]")) {
                named++;
            }
        }
        return out.toString();
    }

    private static String reason(String section) {
        String[] parts = section.split("\\.");
        if (parts[0].equals("storage") && parts.length > 1 && DRIVERS.contains(parts[1])) {
            return "storage driver " + parts[1] + " is not supported (Berth stores on the filesystem driver)";
        }
        if (parts[0].equals("auth") && parts.length > 1 && !parts[1].equals("token")) {
            return "auth " + parts[1] + " is not supported (Berth uses token auth)";
        }
        return "unknown or unsupported key";
    }
}
