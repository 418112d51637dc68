package io.berth.tools.prepare;

/** The database credentials: compose's env file for the mariadb image, and a bare password file. */
final class DbFiles {

    static final String ENV = "db/env";
    static final String PASSWORD = "db/password";

    private DbFiles() {
    }

    static String env(Settings s) {
        return "MARIADB_ROOT_PASSWORD=" + s.dbPassword() + "\nMYSQL_ROOT_PASSWORD=" + s.dbPassword() + "\n";
    }

    static String password(Settings s) {
        return s.dbPassword();
    }
}
