package io.berth.e2e.hostile;

import io.berth.e2e.support.LocalSuite;
import io.berth.testsupport.image.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything a suite keeps, as comparable text: every row of every table of both schemas
 * (read as the database's root through JDBC) and every file of registry-core's storage (path,
 * size and, for the small metadata files, content digest). Two snapshots are compared entry by
 * entry, so a difference names the table row or the file.
 */
final class StateSnapshot {

    private static final List<String> SCHEMAS = List.of("berth_core", "berth_auth");
    /** Links, tag indexes, upload state: small files whose content matters; blob data is addressed by its digest. */
    private static final long HASHED_UP_TO = 64 * 1024;
    /**
     * Columns rewritten by background work whatever the requests do: ui-service pushes the account
     * settings to auth-service every few minutes to heal a lost push, and each push stamps the row.
     */
    private static final java.util.Set<String> RESTAMPED = java.util.Set.of("berth_applied_settings.update_time");

    private final Map<String, String> rows;
    private final Map<String, String> files;

    private StateSnapshot(Map<String, String> rows, Map<String, String> files) {
        this.rows = rows;
        this.files = files;
    }

    /** Takes a snapshot; storage paths (relative, with '/') that {@code skip} accepts are left out. */
    static StateSnapshot of(LocalSuite suite, Predicate<String> skip) throws Exception {
        return new StateSnapshot(rows(suite), files(Path.of(suite.env().get("BERTH_STORAGE_DIR")), skip));
    }

    /** The differences, one line each ({@code table: row added/removed}, {@code file: changed}); empty when equal. */
    List<String> differencesTo(StateSnapshot later) {
        List<String> out = new ArrayList<>();
        diff("row", rows, later.rows, out);
        diff("storage", files, later.files, out);
        return out;
    }

    private static void diff(String kind, Map<String, String> before, Map<String, String> after, List<String> out) {
        before.forEach((k, v) -> {
            String now = after.get(k);
            if (now == null) {
                out.add(kind + " removed: " + k + " " + v);
            } else if (!now.equals(v)) {
                out.add(kind + " changed: " + k + " " + v + " -> " + now);
            }
        });
        after.forEach((k, v) -> {
            if (!before.containsKey(k)) {
                out.add(kind + " added: " + k + " " + v);
            }
        });
    }

    /** Keyed by {@code schema.table#<the row's text>}, valued by a count, so duplicates show too. */
    private static Map<String, String> rows(LocalSuite suite) throws Exception {
        String password = Files.readString(Path.of(suite.env().get("BERTH_DB_PASSWORD_FILE"))).strip();
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + suite.port("BERTH_DB_PORT") + "/",
                "root", password)) {
            for (String schema : SCHEMAS) {
                List<String> tables = new ArrayList<>();
                try (ResultSet r = c.getMetaData().getTables(schema, null, "%", new String[] {"TABLE"})) {
                    while (r.next()) {
                        tables.add(r.getString("TABLE_NAME"));
                    }
                }
                for (String table : tables) {
                    try (Statement s = c.createStatement();
                            ResultSet r = s.executeQuery("SELECT * FROM `" + schema + "`.`" + table + "`")) {
                        ResultSetMetaData meta = r.getMetaData();
                        while (r.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                if (RESTAMPED.contains(table + "." + meta.getColumnName(i))) {
                                    continue;
                                }
                                row.append(i > 1 ? ", " : "").append(meta.getColumnName(i)).append('=').append(r.getString(i));
                            }
                            out.merge(schema + "." + table + " {" + row + "}", "1",
                                    (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> files(Path root, Predicate<String> skip) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (skip.test(rel)) {
                    continue;
                }
                try {
                    long size = Files.size(p);
                    out.put(rel, size <= HASHED_UP_TO ? size + " " + Sha256.of(p) : String.valueOf(size));
                } catch (IOException vanished) {
                    // removed while we walked: not there
                }
            }
        }
        return out;
    }

    /** Whether registry-core's outbox holds undelivered events (one .json file each). */
    static boolean outboxPending(LocalSuite suite) throws IOException {
        Path outbox = Path.of(suite.env().get("BERTH_STORAGE_DIR"), "_berth", "outbox");
        if (!Files.isDirectory(outbox)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(outbox)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
        }
    }

    static String sha256(String text) {
        MessageDigest sha = Sha256.digest();
        return Sha256.hex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
