package org.dealerplatform.core.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

/** The wrappings a write conflict reaches the platform in, and the look-alikes that are none. */
class ConflictsTest {

    private static final String DEADLOCK_TEXT = "Deadlock found when trying to get lock; try restarting transaction";

    private static MySQLTransactionRollbackException deadlock() {
        return new MySQLTransactionRollbackException(DEADLOCK_TEXT, "40001", 1213);
    }

    @Test
    void aDeadlockOnAStatementInsideEclipseLinkAndJpaIsAConflict() {
        Throwable statement = new PersistenceException("Exception [EclipseLink-4002]",
                DatabaseException.sqlException(deadlock()));
        assertTrue(Conflicts.isWriteConflict(statement));
    }

    @Test
    void aConflictAtTheFlushBeforeCommitInsideJtaIsAConflict() {
        RollbackException rolledBack = new RollbackException("transaction marked for rollback");
        rolledBack.initCause(new PersistenceException(DatabaseException.sqlException(deadlock())));
        assertTrue(Conflicts.isWriteConflict(new TransactionalException("commit failed", rolledBack)));
    }

    @Test
    void aCertificationFailureAtCommitKeptOnlyAsTextByThePoolIsAConflict() {
        // Payara's ConnectorXAResource: new XAException(resourceException.toString()), no cause
        XAException commit = new XAException("jakarta.resource.spi.LocalTransactionException: " + DEADLOCK_TEXT);
        SystemException system = new SystemException();
        system.initCause(commit);
        assertTrue(Conflicts.isWriteConflict(new TransactionalException("commit failed", system)));
        assertTrue(Conflicts.isWriteConflict(new SQLException(
                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction")));
    }

    @Test
    void aDeadlockInABatchChainedAsNextExceptionIsAConflict() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "HY000", 0, new int[0]);
        batch.setNextException(deadlock());
        assertTrue(Conflicts.isWriteConflict(batch));
    }

    @Test
    void aLayerThatKeptOnlyTheSerializationStateIsAConflict() {
        assertTrue(Conflicts.isWriteConflict(new SQLException("serialization failure", "40001")));
    }

    @Test
    void aLockWaitTimeoutIsNotAConflictAlthoughTheDriverGivesItTheSameState() {
        assertFalse(Conflicts.isWriteConflict(new MySQLTransactionRollbackException(
                "Lock wait timeout exceeded; try restarting transaction", "40001", 1205)));
    }

    @Test
    void duplicatesOutagesAndBugsAreNotConflicts() {
        assertFalse(Conflicts.isWriteConflict(new PersistenceException(DatabaseException.sqlException(
                new SQLIntegrityConstraintViolationException("Duplicate entry 'k' for key 'uk'", "23000", 1062)))));
        assertFalse(Conflicts.isWriteConflict(new PersistenceException(
                new CommunicationsException("Communications link failure", new java.net.ConnectException()))));
        assertFalse(Conflicts.isWriteConflict(new SQLException("You have an error in your SQL syntax", "42000", 1064)));
        assertFalse(Conflicts.isWriteConflict(new IllegalStateException("bug")));
        assertFalse(Conflicts.isWriteConflict(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Conflicts.isWriteConflict(a));
    }
}
