package org.dealerplatform.core.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (refused or cut connections, no free
 * pooled connection within the pool's wait) from a failure of our own. The first is the
 * operator's outage and answers 503 with {@code Retry-After}; the second stays a 500.
 *
 * <p>What reaches us depends on the layer that noticed: Connector/J throws
 * {@code CommunicationsException} (a {@link SQLRecoverableException}) or SQLSTATE class 08;
 * Payara's pool wraps a failed allocation in an {@link SQLException} whose cause is a JCA
 * {@code ResourceAllocationException} or {@code PoolingException}; EclipseLink wraps either in its
 * {@code DatabaseException}. Class names are compared for the container's types so core needs no
 * compile dependency on them.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable c = failure; c != null && depth < 20; c = c.getCause(), depth++) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String type = c.getClass().getSimpleName();
            if (type.equals("ResourceAllocationException") || type.equals("PoolingException")
                    || type.equals("CommunicationsException") || type.equals("CJCommunicationsException")) {
                return true;
            }
            String message = c.getMessage();
            if (c instanceof SQLException && message != null && message.startsWith("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }
}
