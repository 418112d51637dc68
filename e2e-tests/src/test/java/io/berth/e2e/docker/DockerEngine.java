package io.berth.e2e.docker;

import io.berth.e2e.support.Cli;
import io.berth.e2e.support.PathWithout;
import io.berth.testsupport.files.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Docker engine of the tests' own: Debian's {@code dockerd} started as a user would on this
 * kind of machine, with its own data root, exec root, pid file and unix socket and no iptables
 * rules; the storage driver is the daemon's own choice, as a user's would be: overlay2 where the
 * kernel and the data root's filesystem allow it (these machines: ext4), which shares an image's
 * layers between the containers and builds made from it, where vfs copies the whole image for
 * each (several GB and minutes of copying for the compose suite); vfs where nothing else works.
 * Plus {@code --bridge=none} (the default bridge would be a host
 * interface shared by every daemon on the machine and left behind; compose makes its own
 * network) and an empty configuration file of its own (never /etc/docker/daemon.json).
 * {@link #close()} removes every container and network it holds and stops it. The CLI calls go
 * to it through {@code DOCKER_HOST}, with a client configuration folder of their own.
 */
final class DockerEngine implements AutoCloseable {

    static final List<String> NEEDED = List.of("dockerd", "docker", "docker-compose", "mmdebstrap", "skopeo");
    private static final Duration START = Duration.ofMinutes(2);

    private final Path runDir;
    private final Path work;
    private final Process daemon;
    private final Map<String, String> env;
    private boolean closed;

    private DockerEngine(Path runDir, Path work, Process daemon) {
        this.runDir = runDir;
        this.work = work;
        this.daemon = daemon;
        this.env = Map.of("DOCKER_HOST", "unix://" + runDir.resolve("docker.sock"),
                "DOCKER_CONFIG", work.resolve("client-config").toString());
    }

    /**
     * Starts a daemon storing images under {@code dataRoot} (kept, so a later run in the same
     * checkout finds the stand-in images) and writing its log and client files under {@code work};
     * sockets and pid file go to a short folder under /tmp (unix socket paths are limited).
     */
    static DockerEngine start(Path dataRoot, Path work, List<String> extraFlags) throws IOException, InterruptedException {
        String path = System.getenv("PATH");
        List<String> missing = NEEDED.stream().filter(c -> PathWithout.which(path, c).isEmpty()
                && !Files.isExecutable(Path.of("/usr/sbin", c))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing " + missing + ": deploy/test installs docker.io, docker-compose,"
                    + " mmdebstrap and skopeo before it runs the tests");
        }
        Files.createDirectories(dataRoot);
        Files.createDirectories(work);
        Path runDir = Files.createTempDirectory(Path.of("/tmp"), "berth-dockerd-");
        Path config = Files.writeString(runDir.resolve("daemon.json"), "{}\n");
        List<String> cmd = new ArrayList<>(List.of(dockerd(), "--data-root", dataRoot.toString(),
                "--exec-root", runDir.resolve("exec").toString(), "--pidfile", runDir.resolve("docker.pid").toString(),
                "--host", "unix://" + runDir.resolve("docker.sock"), "--iptables=false",
                "--ip6tables=false", "--bridge=none", "--config-file", config.toString()));
        cmd.addAll(extraFlags);
        Process daemon = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("dockerd.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        DockerEngine engine = new DockerEngine(runDir, work, daemon);
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            if (!daemon.isAlive()) {
                engine.close();
                throw new IllegalStateException("dockerd exited (" + daemon.exitValue() + "):\n" + engine.daemonLog());
            }
            if (Files.exists(runDir.resolve("docker.sock")) && engine.docker("info", "--format", "storage driver {{.Driver}}").ok()) {
                engine.removeContainersAndNetworks(); // a run stopped before its close() left them in the kept data root
                return engine;
            }
            if (System.nanoTime() > deadline) {
                engine.close();
                throw new IllegalStateException("dockerd did not answer within " + START + ":\n" + engine.daemonLog());
            }
            Thread.sleep(250);
        }
    }

    private static String dockerd() {
        return PathWithout.which(System.getenv("PATH"), "dockerd").map(Path::toString).orElse("/usr/sbin/dockerd");
    }

    /** The environment that points the docker CLI, docker-compose and skopeo at this daemon. */
    Map<String, String> env() {
        return env;
    }

    /** {@code unix:///...}: the daemon's socket, for skopeo's {@code --dest-daemon-host}. */
    String host() {
        return env.get("DOCKER_HOST");
    }

    Cli.Run docker(String... args) throws IOException, InterruptedException {
        return docker(Duration.ofMinutes(5), args);
    }

    Cli.Run docker(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("docker"));
        cmd.addAll(List.of(args));
        return Command.run(work, cmd, env, timeout);
    }

    /** Runs a docker command and demands success, returning its output. */
    String dockerOk(String... args) throws IOException, InterruptedException {
        Cli.Run r = docker(args);
        Cli.assertOk(r);
        return r.output();
    }

    /**
     * docker-compose run in {@code cwd} on {@code file} (its project name: the folder the file
     * lives in, as a user's would be).
     */
    Cli.Run compose(Path cwd, Path file, Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("docker-compose", "-f", file.toString()));
        cmd.addAll(List.of(args));
        return Command.run(cwd, cmd, env, timeout);
    }

    String daemonLog() {
        try {
            List<String> lines = Files.readAllLines(work.resolve("dockerd.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no daemon log: " + e + ")";
        }
    }

    private void removeContainersAndNetworks() throws IOException, InterruptedException {
        Cli.Run ids = docker("ps", "-aq");
        if (ids.ok() && !ids.output().isBlank()) {
            List<String> rm = new ArrayList<>(List.of("rm", "-f", "-v"));
            rm.addAll(ids.output().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            docker(rm.toArray(String[]::new));
        }
        docker("network", "prune", "-f");
    }

    /** Removes every container, network and untagged image left, stops the daemon (and its containerd) and deletes its run folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (daemon.isAlive()) {
                removeContainersAndNetworks();
                // images a rebuild replaced: the data root is kept between runs and must not grow with each
                docker("image", "prune", "-f");
            }
        } finally {
            daemon.destroy(); // SIGTERM: dockerd shuts down its containerd and removes its socket
            if (!daemon.waitFor(60, TimeUnit.SECONDS)) {
                daemon.descendants().forEach(ProcessHandle::destroyForcibly);
                daemon.destroyForcibly();
                daemon.waitFor(30, TimeUnit.SECONDS);
            }
            try {
                Trees.delete(runDir);
            } catch (IOException e) {
                System.err.println("could not remove " + runDir + " (a mount left by dockerd?): " + e);
            }
        }
    }
}
