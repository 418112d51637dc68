package io.berth.registry.storage.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the driver acknowledged survives a crash of the machine: the system calls of
 * {@link DurableWrites}, recorded by strace, show that every file is synced before it is renamed
 * into place, and that every directory entry made (mkdir, rename, create) or removed is followed
 * by an fsync of its directory before the write returns.
 */
class FilesystemDriverDurabilityTest {

    /** {@code pid syscall(args) = result}, with {@code -y} printing each descriptor's path. */
    private static final Pattern CALL = Pattern.compile("^\\d+\\s+(\\w+)\\((.*)\\)\\s+=\\s+(-?\\d+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FD_PATH = Pattern.compile("^\\d+<([^>]*)>");
    private static final Pattern UNFINISHED = Pattern.compile("^(\\d+\\s+.*) <unfinished \\.\\.\\.>$");
    private static final Pattern RESUMED = Pattern.compile("^(\\d+)\\s+<\\.\\.\\. \\w+ resumed>(.*)$");

    record Call(String name, List<String> paths, String fdPath) {
    }

    @TempDir
    static Path dir;
    static Map<String, List<Call>> steps;
    static Path root;

    @BeforeAll
    static void trace() throws Exception {
        root = dir.resolve("root");
        Path out = dir.resolve("trace");
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = location(FilesystemDriver.class) + File.pathSeparator + location(DurableWrites.class);
        Process p = new ProcessBuilder("strace", "-f", "-y", "-o", out.toString(), "-e",
                "trace=mkdir,mkdirat,rename,renameat,renameat2,fsync,fdatasync,unlink,unlinkat,rmdir",
                java, "-XX:-UsePerfData", "-cp", cp, DurableWrites.class.getName(), root.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the traced writes finished");
        assertEquals(0, p.exitValue(), () -> read(dir.resolve("out")));
        steps = split(Files.readAllLines(out));
        assertEquals(List.of("put-new", "put-replace", "writer", "move", "delete"),
                new ArrayList<>(steps.keySet()));
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** The successful calls under the root, cut at each {@code .step-<name>} marker. */
    private static Map<String, List<Call>> split(List<String> lines) {
        Map<String, List<Call>> out = new LinkedHashMap<>();
        List<Call> current = null;
        Map<String, String> unfinished = new java.util.HashMap<>(); // pid -> a call another thread interrupted
        for (String raw : lines) {
            String line = raw;
            Matcher u = UNFINISHED.matcher(line);
            if (u.find()) {
                unfinished.put(u.group(1).split("\\s+")[0], u.group(1));
                continue;
            }
            Matcher r = RESUMED.matcher(line);
            if (r.find()) {
                String start = unfinished.remove(r.group(1));
                if (start == null) {
                    continue;
                }
                line = start + r.group(2);
            }
            Matcher m = CALL.matcher(line);
            if (!m.find() || m.group(3).startsWith("-")) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            Matcher q = QUOTED.matcher(m.group(2));
            while (q.find()) {
                paths.add(q.group(1));
            }
            Matcher fd = FD_PATH.matcher(m.group(2));
            Call call = new Call(m.group(1), paths, fd.find() ? fd.group(1) : null);
            String marker = paths.stream().filter(s -> s.contains("/.step-")).findFirst().orElse(null);
            if (marker != null) {
                String name = marker.substring(marker.indexOf("/.step-") + 7);
                current = name.equals("end") ? null : new ArrayList<>();
                if (current != null) {
                    out.put(name, current);
                }
            } else if (current != null) {
                current.add(call);
            }
        }
        return out;
    }

    /** Index of the first call at or after {@code from} that syncs {@code path}; -1 if none. */
    private static int syncOf(List<Call> calls, String path, int from) {
        for (int i = from; i < calls.size(); i++) {
            Call c = calls.get(i);
            if ((c.name().equals("fsync") || c.name().equals("fdatasync")) && path.equals(c.fdPath())) {
                return i;
            }
        }
        return -1;
    }

    private static String parent(String path) {
        return Path.of(path).getParent().toString();
    }

    /** Every entry made or removed in a directory is followed, within the same write, by an fsync of it. */
    private static void assertEntriesSynced(String step) {
        List<Call> calls = steps.get(step);
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            List<String> entries = switch (c.name()) {
                case "mkdir", "mkdirat", "unlink", "unlinkat", "rmdir" -> c.paths().subList(0, 1);
                case "rename", "renameat", "renameat2" -> c.paths().subList(0, 2);
                default -> List.of();
            };
            for (String entry : entries) {
                assertSynced(step, calls, i, entry);
            }
        }
    }

    /** An entry removed inside a directory the same write removes later needs no sync of its own. */
    private static void assertSynced(String step, List<Call> calls, int i, String entry) {
        Call c = calls.get(i);
        String parentDir = parent(entry);
        boolean removedWithParent = (c.name().startsWith("unlink") || c.name().equals("rmdir"))
                && calls.subList(i + 1, calls.size()).stream()
                        .anyMatch(o -> (o.name().equals("rmdir") || o.name().startsWith("unlink"))
                                && !o.paths().isEmpty() && o.paths().get(0).equals(parentDir));
        assertTrue(removedWithParent || syncOf(calls, parentDir, i + 1) > i,
                step + ": " + c.name() + " of " + entry + " is not followed by an fsync of " + parentDir + "\n" + calls);
    }

    @Test
    void aNewSmallFileIsSyncedThenRenamedAndEveryNewDirectoryEntryIsSynced() {
        List<Call> calls = steps.get("put-new");
        String target = root.resolve("repositories/p/r/_manifests/tags/v1/current/link").toString();
        int rename = -1;
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).name().startsWith("rename") && calls.get(i).paths().get(1).equals(target)) {
                rename = i;
            }
        }
        assertTrue(rename > 0, "renamed into place: " + calls);
        String tmp = calls.get(rename).paths().get(0);
        int fileSync = syncOf(calls, tmp, 0);
        assertTrue(fileSync >= 0 && fileSync < rename, "content synced before the rename: " + calls);
        assertTrue(calls.stream().anyMatch(c -> c.name().startsWith("mkdir")), "directories were made: " + calls);
        assertEntriesSynced("put-new");
    }

    @Test
    void aReplacedSmallFileIsDurable() {
        assertEntriesSynced("put-replace");
        assertTrue(steps.get("put-replace").stream().anyMatch(c -> c.name().startsWith("rename")));
    }

    @Test
    void aCommittedNewFileIsDurableWithItsDirectories() {
        List<Call> calls = steps.get("writer");
        String data = root.resolve("repositories/p/r/_uploads/u1/data").toString();
        assertTrue(syncOf(calls, data, 0) >= 0, "data synced: " + calls);
        assertTrue(syncOf(calls, parent(data), 0) >= 0, "its new entry synced: " + calls);
        assertEntriesSynced("writer");
    }

    @Test
    void aMoveIsDurableAtItsDestination() {
        assertEntriesSynced("move");
        assertTrue(steps.get("move").stream().anyMatch(c -> c.name().startsWith("rename")));
    }

    @Test
    void aDeleteIsDurable() {
        assertEntriesSynced("delete");
        assertTrue(steps.get("delete").stream().anyMatch(c -> c.name().equals("rmdir") || c.name().startsWith("unlink")));
    }
}
