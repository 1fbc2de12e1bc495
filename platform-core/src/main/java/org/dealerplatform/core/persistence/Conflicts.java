package org.dealerplatform.core.persistence;

/** Tells a unique-key violation (a duplicate someone else just wrote) from any other database failure. */
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
}
