package io.berth.registry.testimage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real skopeo client against a plain-http registry. */
public final class Skopeo {

    private Skopeo() {
    }

    public static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("skopeo");
        cmd.add("--insecure-policy");
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile("skopeo", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("skopeo timed out: " + cmd);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("skopeo failed (" + p.exitValue() + "): " + cmd + "\n" + out);
        }
        return out;
    }
}
