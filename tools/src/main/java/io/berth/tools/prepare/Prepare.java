package io.berth.tools.prepare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./prepare}: reads harbor.cfg, validates every value, and generates the folder described
 * in docs/configuration.md. Everything is checked and rendered before anything is written; the
 * output is built aside and moved into place whole. Exit status: 0 done (or usage printed for
 * {@code --help}), 1 invalid configuration (nothing written), 2 could not write.
 */
public final class Prepare {

    /** Readable by anyone: nothing secret inside. Every other file may hold a password (mode 600). */
    private static final Set<String> PUBLIC_FILES = Set.of("docker-compose.yml", "local.env");

    private final PrintStream out;
    private final PrintStream err;

    Prepare(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Path.of(System.getProperty("berth.root", cwd.toString()));
        System.exit(new Prepare(System.out, System.err).run(List.of(args), System.getenv(), cwd, root));
    }

    int run(List<String> args, Map<String, String> env, Path cwd, Path root) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(PrepareOptions.USAGE);
            return 0;
        }
        try {
            PrepareOptions options = PrepareOptions.parse(args, env, cwd, root);
            generate(options);
            out.println("prepare: wrote " + options.out());
            return 0;
        } catch (InvalidConfigException e) {
            err.println("prepare: configuration is not valid, nothing was written:");
            e.problems().forEach(p -> err.println("  " + p));
            return 1;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            err.println("prepare: failed to write the configuration: " + e);
            return 2;
        }
    }

    void generate(PrepareOptions o) throws InvalidConfigException, IOException, GeneralSecurityException {
        HarborCfg cfg;
        try {
            cfg = HarborCfg.read(o.conf());
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException(List.of(o.conf() + ": no such file (harbor.cfg to read)"));
        }
        CfgValidator validator = new CfgValidator(o.conf().toAbsolutePath().getParent());
        Settings s = validator.validate(cfg);
        validator.warnings().forEach(w -> err.println("prepare: warning: " + w));
        if (!s.customizeCrt() && !KeyMaterial.hasTokenKeys(o.out())) {
            throw new InvalidConfigException(List.of("customize_crt: off needs your own token key pair in "
                    + o.out().resolve(KeyMaterial.PRIVATE_KEY) + " and " + o.out().resolve(KeyMaterial.CERTIFICATE)
                    + "; it accepts on (prepare generates them) or off"));
        }
        Topology t = o.local()
                ? Topology.local(s, LocalPorts.keepOrChoose(o.out().resolve("local.env"), s.externalPort()), o.data(), o.out())
                : Topology.compose();
        Map<String, String> files = render(s, t, o);
        try (Staging staging = Staging.beside(o.out())) {
            KeyMaterial.keepOrGenerate(o.out(), staging.dir());
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = staging.dir().resolve(f.getKey());
                if (PUBLIC_FILES.contains(f.getKey())) {
                    OutputFiles.write(file, f.getValue());
                } else {
                    OutputFiles.writePrivate(file, f.getValue());
                }
            }
            staging.commit();
        }
        if (o.local()) {
            for (Path dir : List.of(t.storageDir(), t.logDir(), t.dbDir(), o.data().resolve("run"))) {
                Files.createDirectories(dir);
            }
        }
    }

    /** Every generated text, by path relative to the output folder; rendering writes nothing. */
    private static Map<String, String> render(Settings s, Topology t, PrepareOptions o)
            throws IOException, InvalidConfigException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("gateway/application.properties", GatewayConfig.render(s, t));
        files.put("registry/config.yml", RegistryConfig.render(s, t, s.registryTemplate()));
        files.put("ui/application.properties", UiConfig.render(s, t));
        files.put("auth/application.properties", AuthConfig.render(s, t));
        files.put("log/application.properties", LogConfig.render(s, t));
        files.put(DbFiles.ENV, DbFiles.env(s));
        files.put(DbFiles.PASSWORD, DbFiles.password(s));
        files.put("docker-compose.yml", ComposeFile.render(s, t, o.root()));
        if (o.local()) {
            files.put("local.env", LocalEnvFile.render(s, t, o.data()));
        }
        return files;
    }
}
