package org.dealerplatform.devstack;

/**
 * The database the platform is given: the embedded MariaDB started here, or one the operator runs
 * (a Galera cluster behind HAProxy, see {@code platform-devstack/galera/galera.sh}).
 */
public interface PlatformDatabase extends AutoCloseable {

    String jdbcUrl();

    String user();

    String password();

    /** Stops what was started here; a database run by someone else is left alone. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
