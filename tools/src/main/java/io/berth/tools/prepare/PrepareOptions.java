package io.berth.tools.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The prepare command line: {@code [--conf FILE] [--out DIR | --local [--data DIR]] [--root DIR]}. */
record PrepareOptions(Path conf, Path out, boolean local, Path data, Path root) {

    static final String USAGE = "usage: prepare [--conf FILE] [--out DIR | --local [--data DIR]]\n"
            + "Validates harbor.cfg and writes what every service needs (docs/configuration.md); nothing on error.\n"
            + "  --conf FILE   harbor.cfg to read (default $BERTH_CFG, else ./harbor.cfg)\n"
            + "  --out DIR     folder to generate (default ./generated)\n"
            + "  --local       local mode (deploy/local): loopback addresses, output in DIR/config\n"
            + "  --data DIR    local mode's data folder (default $BERTH_DATA, else ./data)\n"
            + "  --help        this text";

    static PrepareOptions parse(List<String> args, Map<String, String> env, Path cwd, Path root)
            throws InvalidConfigException {
        Path conf = null;
        Path out = null;
        Path data = null;
        boolean local = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--conf" -> conf = cwd.resolve(value(args, ++i, a));
                case "--out" -> out = cwd.resolve(value(args, ++i, a));
                case "--data" -> data = cwd.resolve(value(args, ++i, a));
                case "--root" -> root = cwd.resolve(value(args, ++i, a));
                case "--local" -> local = true;
                default -> throw new InvalidConfigException(List.of("unknown option " + a + "\n" + USAGE));
            }
        }
        if (conf == null) {
            String fromEnv = env.get("BERTH_CFG");
            conf = cwd.resolve(fromEnv != null && !fromEnv.isEmpty() ? fromEnv : "harbor.cfg");
        }
        if (local && out != null) {
            throw new InvalidConfigException(List.of("--out and --local exclude each other: local mode writes DATA/config"));
        }
        if (!local && data != null) {
            throw new InvalidConfigException(List.of("--data needs --local"));
        }
        if (local) {
            if (data == null) {
                String fromEnv = env.get("BERTH_DATA");
                data = cwd.resolve(fromEnv != null && !fromEnv.isEmpty() ? fromEnv : "data");
            }
            data = data.toAbsolutePath().normalize();
            out = data.resolve("config");
        } else if (out == null) {
            out = cwd.resolve("generated");
        }
        return new PrepareOptions(conf.normalize(), out.toAbsolutePath().normalize(), local, data, root.normalize());
    }

    private static String value(List<String> args, int i, String option) throws InvalidConfigException {
        if (i >= args.size()) {
            throw new InvalidConfigException(List.of(option + " needs a value\n" + USAGE));
        }
        return args.get(i);
    }
}
