package io.berth.e2e.docker;

import io.berth.testsupport.files.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small image made from programs of this machine and the shared libraries {@code ldd} names
 * for them, plus a few text files, imported with {@code docker import}: a shell to run, or
 * Debian's docker-registry as an upstream, in a few megabytes and without pulling anything.
 */
final class HostBinaryImage {

    private static final Pattern LIBRARY = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x");

    private HostBinaryImage() {
    }

    /**
     * @param programs path in the image -> program on this machine (copied, links followed)
     * @param texts path in the image -> content
     * @param changes Dockerfile instructions for {@code docker import --change}
     */
    static void build(DockerEngine docker, Path work, String name, Map<String, Path> programs, Map<String, String> texts,
            List<String> changes) throws IOException, InterruptedException {
        Path stage = work.resolve("rootfs-" + name.replaceAll("[^a-z0-9.-]", "_"));
        Trees.delete(stage);
        Set<Path> libraries = new LinkedHashSet<>();
        for (Map.Entry<String, Path> p : programs.entrySet()) {
            copy(p.getValue(), stage.resolve(p.getKey().substring(1)));
            libraries.addAll(libraries(work, p.getValue()));
        }
        for (Path lib : libraries) {
            copy(lib, stage.resolve(lib.toString().substring(1)));
        }
        for (Map.Entry<String, String> t : texts.entrySet()) {
            Path file = stage.resolve(t.getKey().substring(1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, t.getValue());
        }
        Files.createDirectories(stage.resolve("tmp"));
        Path tar = work.resolve(stage.getFileName() + ".tar");
        Command.ok(work, List.of("tar", "-C", stage.toString(), "-cf", tar.toString(), "."), Map.of(), Duration.ofMinutes(2));
        List<String> cmd = new ArrayList<>(List.of("import"));
        changes.forEach(c -> cmd.addAll(List.of("--change", c)));
        cmd.addAll(List.of(tar.toString(), name));
        docker.dockerOk(cmd.toArray(String[]::new));
        Files.delete(tar);
        Trees.delete(stage);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from.toRealPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The shared libraries (and the dynamic loader) a program loads, by the paths it asks for. */
    private static List<Path> libraries(Path work, Path program) throws IOException, InterruptedException {
        var ldd = Command.run(work, List.of("ldd", program.toString()), Map.of(), Duration.ofMinutes(1));
        List<Path> found = new ArrayList<>();
        if (!ldd.ok()) {
            return found; // a static program: nothing to bring
        }
        for (String line : ldd.output().lines().toList()) {
            Matcher m = LIBRARY.matcher(line.strip());
            if (m.find()) {
                found.add(Path.of(m.group(1)));
            }
        }
        return found;
    }
}
