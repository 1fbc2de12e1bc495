package org.dealerplatform.core.persistence;

/**
 * Tells the database failures that another writer caused from all others: a unique-key violation
 * (a duplicate someone else just wrote) and a write conflict (a transaction the database rolled
 * back so another could go on, which the platform runs again; see {@link ConflictRetries}).
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // 1062 ER_DUP_ENTRY (MySQL and MariaDB); other integrity errors (foreign keys, NOT NULL)
            // are bugs, not duplicates, and must not be reported as "already exists"
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /**
     * A transaction the database rolled back as a whole because it conflicted with another: an
     * InnoDB deadlock on one server, or a Galera certification failure (a commit on another node
     * changed the same rows first), which MariaDB reports with the same error, 1213
     * ({@code ER_LOCK_DEADLOCK}, SQLSTATE 40001). Running the whole transaction again is the cure the
     * error message itself names.
     * <p>
     * Not a lock wait timeout (1205): Connector/J gives it SQLSTATE 40001 as well, but it has
     * already cost the request its time and InnoDB rolls back only the statement. Where the error
     * reaches us decides its wrapping: Connector/J's {@code MySQLTransactionRollbackException}
     * inside EclipseLink's {@code DatabaseException} and JPA's {@code PersistenceException} for a
     * statement; inside JTA's {@code RollbackException} or {@code TransactionalException} for the
     * flush before commit; for the commit itself Payara's pool keeps only the text of the driver's
     * error in an {@code XAException}, so the text counts too.
     */
    public static boolean isWriteConflict(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 30; cause = next(cause), depth++) {
            if (cause instanceof java.sql.SQLException sql) {
                if (sql.getErrorCode() == DEADLOCK) {
                    return true;
                }
                if (sql.getErrorCode() == 0 && "40001".equals(sql.getSQLState())) {
                    return true; // a layer that kept the state but not the vendor code
                }
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("Deadlock found when trying to get lock")
                    || message.contains("WSREP detected deadlock/conflict"))) {
                return true;
            }
        }
        return false;
    }

    /** ER_LOCK_DEADLOCK: an InnoDB deadlock victim or a Galera certification failure. */
    static final int DEADLOCK = 1213;

    private static Throwable next(Throwable failure) {
        if (failure.getCause() == null && failure instanceof java.sql.SQLException sql) {
            return sql.getNextException(); // batched statements chain their failures this way
        }
        return failure.getCause();
    }
}
