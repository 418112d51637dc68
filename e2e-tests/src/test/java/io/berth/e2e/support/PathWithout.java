package io.berth.e2e.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A PATH that finds every program this machine's PATH finds except some: one folder of symbolic
 * links to all the others, as a fresh machine without those programs would look to a script.
 */
public final class PathWithout {

    private PathWithout() {
    }

    /** Fills {@code dir} (created, must be empty) and returns it as a PATH value. */
    public static String create(Path dir, Set<String> hidden) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> existing = Files.list(dir)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException(dir + " is not empty");
            }
        }
        for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
            Path from = Path.of(folder.isEmpty() ? "." : folder);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> programs = Files.list(from)) {
                for (Path program : programs.toList()) {
                    String name = program.getFileName().toString();
                    Path link = dir.resolve(name);
                    // the first folder on the PATH wins, as the shell's lookup does
                    if (!hidden.contains(name) && Files.isExecutable(program) && !Files.isDirectory(program)
                            && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, program.toAbsolutePath());
                    }
                }
            }
        }
        return dir.toString();
    }

    /** Where a program resolves on {@code path}, as the shell's lookup finds it. */
    public static Optional<Path> which(String path, String program) {
        return Stream.of(path.split(File.pathSeparator))
                .map(folder -> Path.of(folder.isEmpty() ? "." : folder, program))
                .filter(candidate -> Files.isExecutable(candidate) && !Files.isDirectory(candidate))
                .findFirst();
    }
}
