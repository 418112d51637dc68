package io.berth.e2e.support;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who listens on a TCP port, read from Linux's /proc: the listening sockets of
 * {@code /proc/net/tcp} and {@code tcp6} by inode, and each process's open sockets under
 * {@code /proc/<pid>/fd}. It tells a suite whose readiness probe was answered by its own part
 * from one whose port was taken by another process before the part could bind it.
 */
final class PortOwners {

    private static final String LISTEN = "0A";

    private PortOwners() {
    }

    /**
     * The first {@code *_PORT} of {@code env} that no process of {@code suite} listens on (with
     * its key), or null when every port is the suite's own.
     */
    static String foreignListener(Map<String, String> env, List<ProcessHandle> suite) throws IOException {
        Set<Long> ours = new HashSet<>();
        for (ProcessHandle p : suite) {
            ours.addAll(socketInodes(p.pid()));
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!e.getKey().endsWith("_PORT") || !e.getValue().matches("[0-9]{1,5}")) {
                continue;
            }
            int port = Integer.parseInt(e.getValue());
            Set<Long> listeners = listeners(port);
            if (listeners.isEmpty()) {
                return e.getKey() + " " + port + " has no listener";
            }
            if (listeners.stream().noneMatch(ours::contains)) {
                return e.getKey() + " " + port + " is served by a process outside the suite";
            }
        }
        return null;
    }

    /** Inodes of the sockets listening on {@code port} (any address, IPv4 or IPv6). */
    static Set<Long> listeners(int port) throws IOException {
        Set<Long> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 10 || !LISTEN.equals(f[3])) {
                    continue;
                }
                String local = f[1];
                int colon = local.lastIndexOf(':');
                if (colon > 0 && Integer.parseInt(local.substring(colon + 1), 16) == port) {
                    inodes.add(Long.parseLong(f[9]));
                }
            }
        }
        return inodes;
    }

    /** Inodes of the sockets a process holds open (empty when it is gone or not ours to read). */
    private static Set<Long> socketInodes(long pid) {
        Set<Long> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while we looked
                }
            }
        } catch (IOException gone) {
            // the process ended or is not readable
        }
        return inodes;
    }
}
