package io.berth.e2e.docker;

import io.berth.e2e.support.Cli;
import io.berth.testsupport.image.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The base images Berth's compose file names, {@code eclipse-temurin:17-jre} and
 * {@code mariadb:10.11}, built offline from Debian packages (no registry is reachable to pull
 * them): {@code mmdebstrap} streams a bookworm root filesystem into {@code docker import}. The
 * MariaDB stand-in gets an entrypoint of ours that honours what the generated {@code db/env}
 * sets. Each image carries a label with a digest of its recipe, so a daemon that already holds
 * an image of the same recipe (a second run in one checkout) is not asked to build it again; the
 * root filesystems are kept as tar files in {@link #cache()}, so a fresh daemon only imports them.
 */
final class StandInImages {

    static final String JRE = "eclipse-temurin:17-jre";
    static final String MARIADB = "mariadb:10.11";
    private static final String LABEL = "io.berth.test.recipe";
    private static final String ENTRYPOINT = "/usr/local/bin/docker-entrypoint.sh";

    /** dpkg without fsync and without documentation: the image is thrown away after the run. */
    private static final List<String> LEAN = List.of("--variant=apt", "--dpkgopt=force-unsafe-io",
            "--dpkgopt=path-exclude=/usr/share/doc/*", "--dpkgopt=path-exclude=/usr/share/locale/*",
            "--aptopt=Acquire::Languages \"none\"");

    private StandInImages() {
    }

    /** Builds both images (side by side: much of it is waiting on downloads and dpkg) unless present. */
    static void ensure(DockerEngine docker, Path work) throws Exception {
        Files.createDirectories(work);
        Path entrypoint = work.resolve("mariadb-entrypoint.sh");
        try (InputStream in = StandInImages.class.getResourceAsStream("/docker/mariadb-stand-in-entrypoint.sh")) {
            Files.write(entrypoint, in.readAllBytes());
        }
        List<String> jre = new ArrayList<>(LEAN);
        jre.add("--include=openjdk-17-jre-headless,ca-certificates");
        List<String> mariadb = new ArrayList<>(LEAN);
        mariadb.addAll(List.of("--include=mariadb-server",
                "--customize-hook=upload " + entrypoint + " " + ENTRYPOINT,
                "--customize-hook=chmod 755 \"$1\"" + ENTRYPOINT,
                // the official image listens on every address; Debian's 50-server.cnf binds loopback only
                "--customize-hook=printf '[mariadbd]\\nbind-address=0.0.0.0\\nskip-name-resolve\\n'"
                        + " > \"$1\"/etc/mysql/mariadb.conf.d/99-stand-in.cnf",
                // postinst created system tables with no password: the entrypoint makes its own
                "--customize-hook=rm -rf \"$1\"/var/lib/mysql && mkdir -p \"$1\"/var/lib/mysql"));
        String entrypointText = Files.readString(entrypoint, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> build(docker, work, JRE, jre, "", List.of("CMD [\"bash\"]")));
            Future<?> b = pool.submit(() -> build(docker, work, MARIADB, mariadb, entrypointText,
                    List.of("ENTRYPOINT [\"" + ENTRYPOINT + "\"]", "CMD [\"mariadbd\"]", "EXPOSE 3306",
                            "VOLUME /var/lib/mysql")));
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void build(DockerEngine docker, Path work, String name, List<String> options, String extra,
            List<String> changes) throws Exception {
        // the entrypoint's text counts, not where this checkout keeps it
        String recipe = Sha256.of((String.join("\n", options).replace(work.toString(), "WORK") + "\n" + extra + "\n"
                + String.join("\n", changes)).getBytes(StandardCharsets.UTF_8));
        var present = docker.docker("image", "inspect", "--format", "{{index .Config.Labels \"" + LABEL + "\"}}", name);
        if (present.ok() && present.output().strip().equals(recipe)) {
            return null;
        }
        String file = name.replaceAll("[^a-z0-9.-]", "_");
        Path tar = rootFilesystem(work, file, recipe.substring("sha256:".length(), "sha256:".length() + 16), options);
        List<String> importer = new ArrayList<>(List.of("import"));
        for (String change : changes) {
            importer.addAll(List.of("--change", change));
        }
        importer.addAll(List.of("--change", "LABEL " + LABEL + "=" + recipe, tar.toString(), name));
        Cli.Run imported = docker.docker(Duration.ofMinutes(20), importer.toArray(String[]::new));
        if (!imported.ok()) {
            docker.docker("rmi", "-f", name); // a half-imported root filesystem must not pass for the recipe
            throw new IllegalStateException("importing " + tar + " as " + name + " failed:\n" + imported);
        }
        return null;
    }

    /**
     * The root filesystem of one recipe as a tar file in {@link #cache()}: made by mmdebstrap the
     * first time (written aside, moved into place whole, so a stopped build leaves nothing that
     * passes for it), reused after. Tars of the same image from other recipes are removed.
     */
    private static Path rootFilesystem(Path work, String file, String recipe, List<String> options) throws Exception {
        Path cache = Files.createDirectories(cache());
        Path tar = cache.resolve(file + "-" + recipe + ".tar");
        if (Files.exists(tar)) {
            return tar;
        }
        Path part = Files.createTempFile(cache, file + "-", ".part.tar");
        List<String> mmdebstrap = new ArrayList<>(List.of("mmdebstrap", "--quiet"));
        mmdebstrap.addAll(options);
        // the mirror named, or mmdebstrap would read a sources.list from its standard input
        mmdebstrap.addAll(List.of("bookworm", part.toString(), "http://deb.debian.org/debian"));
        Path log = work.resolve(file + ".mmdebstrap.log");
        Process p = new ProcessBuilder(mmdebstrap).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        if (p.isAlive() || p.waitFor() != 0) {
            Files.deleteIfExists(part);
            throw new IllegalStateException("mmdebstrap failed (" + mmdebstrap + "):\n" + tail(log));
        }
        try (Stream<Path> old = Files.list(cache)) {
            for (Path stale : old.filter(f -> f.getFileName().toString().startsWith(file + "-")
                    && f.getFileName().toString().endsWith(".tar") && !f.getFileName().toString().endsWith(".part.tar")).toList()) {
                Files.deleteIfExists(stale);
            }
        }
        Files.move(part, tar, StandardCopyOption.ATOMIC_MOVE);
        return tar;
    }

    /**
     * Where built root filesystems are kept between runs, outside the checkout (a new worktree or
     * {@code mvn clean} reuses them): {@code $BERTH_DOCKER_CACHE}, else
     * {@code $XDG_CACHE_HOME/berth/docker-stand-ins}, else {@code ~/.cache/berth/docker-stand-ins}.
     * A clean machine has none and builds them.
     */
    static Path cache() {
        String own = System.getenv("BERTH_DOCKER_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("berth/docker-stand-ins");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
