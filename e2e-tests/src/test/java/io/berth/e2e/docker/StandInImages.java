package io.berth.e2e.docker;

import io.berth.testsupport.image.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The base images Berth's compose file names, {@code eclipse-temurin:17-jre} and
 * {@code mariadb:10.11}, built offline from Debian packages (no registry is reachable to pull
 * them): {@code mmdebstrap} streams a bookworm root filesystem into {@code docker import}. The
 * MariaDB stand-in gets an entrypoint of ours that honours what the generated {@code db/env}
 * sets. Each image carries a label with a digest of its recipe, so a daemon that already holds
 * an image of the same recipe (a second run in one checkout: the daemon's data root lives in the
 * build tree) is not asked to build it again. Nothing is kept outside the build tree: a clean
 * machine, as CI's, builds them in the same time as any first run.
 *
 * <p>The two builds run side by side in the background from {@link #start} (they are mostly
 * dpkg's single-threaded work and downloads, and overlap well with another class's suite);
 * {@link #await} waits for them, {@link #close} stops a build still running.
 */
final class StandInImages implements AutoCloseable {

    static final String JRE = "eclipse-temurin:17-jre";
    static final String MARIADB = "mariadb:10.11";
    private static final String LABEL = "io.berth.test.recipe";
    private static final String ENTRYPOINT = "/usr/local/bin/docker-entrypoint.sh";
    private static final Duration BUILD = Duration.ofMinutes(20);

    /**
     * Most of a build's time is per package (dpkg and maintainer scripts), so as few as can be:
     * the essential set without apt; merged /usr by directory symlinks, as debootstrap makes it,
     * instead of the usrmerge package and the perl it needs. dpkg without fsync (the image is
     * thrown away after the run); no documentation, translations or manual pages, dropped by dpkg
     * itself once the essential set is in (as --dpkgopt they would also apply to the essential
     * set's extraction, which then pipes every package through mmdebstrap's python filter: minutes).
     */
    private static final List<String> LEAN = List.of("--variant=essential",
            "--hook-dir=/usr/share/mmdebstrap/hooks/merged-usr", "--dpkgopt=force-unsafe-io",
            "--essential-hook=printf 'path-exclude=/usr/share/doc/*\\npath-exclude=/usr/share/locale/*\\n"
                    + "path-exclude=/usr/share/man/*\\n' > \"$1\"/etc/dpkg/dpkg.cfg.d/99-lean",
            "--aptopt=Acquire::Languages \"none\"");

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "stand-in-images");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<Void>> builds = new ArrayList<>();

    private StandInImages() {
    }

    /** Starts building both images (each unless present) in the background. */
    static StandInImages start(DockerEngine docker, Path work) throws IOException {
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
        StandInImages images = new StandInImages();
        images.builds.add(images.pool.submit(() -> build(docker, work, JRE, jre, "", List.of("CMD [\"bash\"]"))));
        images.builds.add(images.pool.submit(() -> build(docker, work, MARIADB, mariadb, entrypointText,
                List.of("ENTRYPOINT [\"" + ENTRYPOINT + "\"]", "CMD [\"mariadbd\"]", "EXPOSE 3306", "VOLUME /var/lib/mysql"))));
        images.pool.shutdown();
        return images;
    }

    /** Waits for both builds; a failed one is rethrown (with mmdebstrap's or docker's words). */
    void await() throws Exception {
        for (Future<Void> build : builds) {
            try {
                build.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /** Stops a build still running (its processes are destroyed, its half image removed). */
    @Override
    public void close() throws InterruptedException {
        builds.forEach(b -> b.cancel(true));
        pool.shutdownNow();
        pool.awaitTermination(2, TimeUnit.MINUTES);
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
        List<String> mmdebstrap = new ArrayList<>(List.of("mmdebstrap", "--quiet"));
        mmdebstrap.addAll(options);
        // the mirror named, or mmdebstrap would read a sources.list from its standard input;
        // "-": the root filesystem as a tar on its standard output, straight into docker import
        mmdebstrap.addAll(List.of("bookworm", "-", "http://deb.debian.org/debian"));
        List<String> importer = new ArrayList<>(List.of("docker", "import"));
        for (String change : changes) {
            importer.addAll(List.of("--change", change));
        }
        importer.addAll(List.of("--change", "LABEL " + LABEL + "=" + recipe, "-", name));
        Path mmdebstrapLog = work.resolve(file + ".mmdebstrap.log");
        Path importLog = work.resolve(file + ".import.log");
        ProcessBuilder build = new ProcessBuilder(mmdebstrap).redirectError(mmdebstrapLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        ProcessBuilder load = new ProcessBuilder(importer).redirectErrorStream(true).redirectOutput(importLog.toFile());
        load.environment().putAll(docker.env());
        long started = System.nanoTime();
        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(build, load));
        boolean ended = false;
        try {
            long deadline = System.nanoTime() + BUILD.toNanos();
            ended = pipeline.get(0).waitFor(BUILD.toNanos(), TimeUnit.NANOSECONDS)
                    && pipeline.get(1).waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } finally {
            if (!ended) { // timed out, or the run is ending (interrupted)
                // SIGTERM first: mmdebstrap then unmounts what it mounted in its chroot and removes it
                pipeline.forEach(Process::destroy);
                for (Process p : pipeline) {
                    if (!p.waitFor(1, TimeUnit.MINUTES)) {
                        p.descendants().forEach(ProcessHandle::destroyForcibly);
                        p.destroyForcibly();
                    }
                }
                docker.docker("rmi", "-f", name);
            }
        }
        int built = ended ? pipeline.get(0).waitFor() : -1;
        int loaded = ended ? pipeline.get(1).waitFor() : -1;
        System.out.printf("stand-in %s: mmdebstrap | docker import took %d s%n", name, (System.nanoTime() - started) / 1_000_000_000L);
        if (built != 0 || loaded != 0) {
            // a root filesystem cut short must not pass for the recipe
            docker.docker("rmi", "-f", name);
            throw new IllegalStateException("building " + name + " failed (" + (ended ? "mmdebstrap " + built
                    + ", docker import " + loaded : "timed out after " + BUILD) + "): " + mmdebstrap + "\n"
                    + tail(mmdebstrapLog) + "\n" + tail(importLog));
        }
        return null;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
