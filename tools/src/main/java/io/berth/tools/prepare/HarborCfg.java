package io.berth.tools.prepare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Harbor 1.x's {@code harbor.cfg} read the way Harbor's prepare reads it: an INI file without
 * sections, {@code key = value} (or {@code key: value}), full-line comments with {@code #} or
 * {@code ;}, surrounding whitespace trimmed. Keys are case-insensitive (lower-cased here).
 */
public final class HarborCfg {

    private final Map<String, String> values;
    private final List<String> problems;

    private HarborCfg(Map<String, String> values, List<String> problems) {
        this.values = values;
        this.problems = problems;
    }

    public static HarborCfg read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static HarborCfg parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            int eq = separator(line);
            if (eq <= 0) {
                problems.add("line " + number + ": expected 'key = value'");
                continue;
            }
            String key = line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            if (values.containsKey(key)) {
                problems.add(key + ": set twice (line " + number + ")");
                continue;
            }
            values.put(key, value);
        }
        return new HarborCfg(values, problems);
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    /** Key to raw value, in file order. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Syntax problems (malformed lines, duplicate keys). */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
