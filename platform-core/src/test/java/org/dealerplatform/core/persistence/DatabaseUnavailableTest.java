package org.dealerplatform.core.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    /** Stands in for Payara's JCA pool failure, which core cannot name at compile time. */
    static final class PoolingException extends Exception {
        PoolingException(String message) {
            super(message);
        }
    }

    @Test
    void aRefusedConnectionDeepInsideThePersistenceLayerIsAnOutage() {
        Throwable refused = new PersistenceException("Exception [EclipseLink-4002]",
                new RuntimeException("wrapped", new SQLNonTransientConnectionException("Could not create connection")));
        assertTrue(DatabaseUnavailable.isCause(refused));
    }

    @Test
    void connectionStateClass08IsAnOutage() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Communications link failure", "08S01")));
    }

    @Test
    void anExhaustedOrDeadPoolIsAnOutage() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Error in allocating a connection. Cause: refused")));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(new PoolingException("max-wait-time expired"))));
    }

    @Test
    void ourOwnMistakesAreNot() {
        assertFalse(DatabaseUnavailable.isCause(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("You have an error in your SQL syntax", "42000")));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.isCause(null));
    }
}
