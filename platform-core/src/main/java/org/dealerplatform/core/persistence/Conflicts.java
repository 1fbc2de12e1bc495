package org.dealerplatform.core.persistence;

import java.sql.SQLIntegrityConstraintViolationException;

/** Tells a unique-key violation (a duplicate someone else just wrote) from any other database failure. */
public final class Conflicts {

    private Conflicts() {
    }

    public static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof java.sql.SQLException sql && "23000".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
