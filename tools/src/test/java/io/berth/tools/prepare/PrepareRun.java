package io.berth.tools.prepare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs prepare in-process against a harbor.cfg written into a temporary folder. */
final class PrepareRun {

    /** The checkout's harbor.cfg: tests start from what users start from. */
    static final Path SHIPPED_CFG = Path.of("..", "harbor.cfg").toAbsolutePath().normalize();

    final int exit;
    final String out;
    final String err;

    private PrepareRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    /** The shipped harbor.cfg with some keys replaced (null value: key removed) and others added. */
    static Path writeCfg(Path dir, Map<String, String> overrides) throws IOException {
        Map<String, String> left = new LinkedHashMap<>(overrides);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(SHIPPED_CFG)) {
            int eq = line.indexOf('=');
            String key = eq > 0 && !line.startsWith("#") ? line.substring(0, eq).strip() : null;
            if (key != null && left.containsKey(key)) {
                String value = left.remove(key);
                if (value != null) {
                    lines.add(key + " = " + value);
                }
            } else {
                lines.add(line);
            }
        }
        left.forEach((k, v) -> {
            if (v != null) {
                lines.add(k + " = " + v);
            }
        });
        Path cfg = dir.resolve("harbor.cfg");
        Files.write(cfg, lines);
        return cfg;
    }

    static PrepareRun run(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Prepare(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(Arrays.asList(args), Map.of(), cwd, Path.of("..").toAbsolutePath().normalize());
        return new PrepareRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\nout: " + out + "\nerr: " + err;
    }
}
