package io.berth.e2e.docker;

import io.berth.e2e.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one program to its end in a working folder (output to a file there, then read back: a
 * chatty build cannot fill a pipe), appending the command and its output to the folder's
 * {@code commands.log}.
 */
final class Command {

    private Command() {
    }

    static Cli.Run run(Path work, List<String> cmd, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(Files.createDirectories(work), "cmd", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().putAll(env);
        long started = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroyForcibly();
            throw new IllegalStateException("timed out after " + timeout + ": " + cmd + "\n" + Files.readString(log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        // every command, its answer and how long it took, for a post-mortem in the work folder
        Files.writeString(work.resolve("commands.log"), "$ " + String.join(" ", cmd) + "\n" + out + "-> " + p.exitValue()
                + " (" + seconds + " s)\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new Cli.Run(p.exitValue(), out, cmd);
    }

    /** Runs and demands exit status 0, returning the output. */
    static String ok(Path work, List<String> cmd, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        Cli.Run r = run(work, cmd, env, timeout);
        Cli.assertOk(r);
        return r.output();
    }
}
