package io.berth.e2e.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real client (skopeo, podman, docker) and returns its exit status and output. */
public final class Cli {

    /** Fails the test with the command and its output unless it exited 0. */
    public static void assertOk(Run run) {
        if (!run.ok()) {
            throw new AssertionError(run.toString());
        }
    }

    /**
     * Fails the test unless the client exited non-zero for {@code reason}: its output must carry
     * the reason's message and none of the other reasons' messages, so a refusal for the wrong
     * cause (a missing image where a denial was wanted, a crash, a network error) fails.
     */
    public static void assertRefused(Run run, Refusal reason) {
        if (run.ok()) {
            throw new AssertionError("wanted a refusal (" + reason + "), but it succeeded: " + run);
        }
        if (!reason.matches(run.output())) {
            throw new AssertionError("refused, but not as " + reason + " (" + reason.pattern + "): " + run);
        }
        for (Refusal other : Refusal.values()) {
            if (other != reason && other.matches(run.output())) {
                throw new AssertionError("refused as " + other + " where " + reason + " was wanted: " + run);
            }
        }
    }

    /**
     * Why a registry client gave up, as skopeo, podman and the docker CLI print it (containers/image
     * and docker's distribution client quote the registry's OCI error code or the HTTP status).
     */
    public enum Refusal {
        /** The credentials themselves were refused (login, or the token service answered 401). */
        BAD_CREDENTIALS("invalid username/password|: unauthorized\\s*$"),
        /**
         * Authenticated (or anonymous) but without the right: the token was narrowed and the
         * registry answered 401 insufficient_scope, or 403 DENIED.
         */
        DENIED("requested access to the resource is denied|\\(401 Unauthorized\\)|(?:^|\\s)(?i:denied):"),
        /** The repository, tag or digest does not exist (MANIFEST_UNKNOWN, NAME_UNKNOWN, 404). */
        NOT_FOUND("manifest unknown|name unknown|(?i:not found)"),
        /** A service the answer needs is down (503), e.g. the directory behind the token service. */
        UNAVAILABLE("\\b503\\b|Service Unavailable");

        private final String pattern;
        private final java.util.regex.Pattern compiled;

        Refusal(String pattern) {
            this.pattern = pattern;
            this.compiled = java.util.regex.Pattern.compile(pattern, java.util.regex.Pattern.MULTILINE);
        }

        boolean matches(String output) {
            return compiled.matcher(output).find();
        }
    }

    /** Exit status and combined output. */
    public record Run(int exit, String output, List<String> command) {
        public boolean ok() {
            return exit == 0;
        }

        @Override
        public String toString() {
            return command + " -> " + exit + "\n" + output;
        }
    }

    private final Path work;
    /** podman refuses a runroot longer than 50 characters, so its store gets a short folder of its own. */
    private final Path podmanStore;

    public Cli(Path work) throws IOException {
        this.work = work;
        this.podmanStore = Files.createTempDirectory(Path.of("/tmp"), "pm");
        Files.writeString(work.resolve("podman-auth.json"), "{}"); // podman demands an existing auth file
    }

    /** The folders this runner created outside {@code work}. */
    public Path podmanStore() {
        return podmanStore;
    }

    /** skopeo with an insecure policy and its own auth file; {@code args} follow the sub-command. */
    public Run skopeo(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("skopeo", "--insecure-policy"));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of("REGISTRY_AUTH_FILE", work.resolve("skopeo-auth.json").toString()));
    }

    /** podman on a private vfs store under the work folder, with its own auth file. */
    public Run podman(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("podman", "--root", podmanStore.resolve("root").toString(),
                "--runroot", podmanStore.resolve("run").toString(), "--storage-driver", "vfs"));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of("REGISTRY_AUTH_FILE", work.resolve("podman-auth.json").toString()));
    }

    /** the docker CLI with a config folder of its own (no daemon needed for login). */
    public Run docker(String... args) throws IOException, InterruptedException {
        Path config = Files.createDirectories(work.resolve("docker-config"));
        List<String> cmd = new ArrayList<>(List.of("docker", "--config", config.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of("DOCKER_CONFIG", config.toString()));
    }

    private Run run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "cli", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(p.exitValue(), out, cmd);
    }
}
