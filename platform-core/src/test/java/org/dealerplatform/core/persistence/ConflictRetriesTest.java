package org.dealerplatform.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The retry rules of the interceptor, with the transaction status and the intercepted call
 * played by hand, and which transaction types it is bound to. End to end, the two-node tests
 * (ClusterIT) have their nodes take the same new leases at the same moment, which InnoDB
 * sometimes answers with a deadlock that the retry absorbs.
 */
class ConflictRetriesTest {

    static class Work {
        @Transactional
        public void joinsOrBegins() {
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void alwaysItsOwn() {
        }

        @Transactional(Transactional.TxType.SUPPORTS)
        public void statementsOnTheirOwn() {
        }
    }

    private static PersistenceException conflict() {
        return new PersistenceException(new MySQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    @Test
    void aConflictIsRunAgainUntilItGoesThrough() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Object result = retries(Status.STATUS_NO_TRANSACTION).retryOnConflict(call("joinsOrBegins", () -> {
            if (calls.incrementAndGet() < 3) {
                throw conflict();
            }
            return "stored";
        }));
        assertEquals("stored", result);
        assertEquals(3, calls.get());
    }

    @Test
    void aConflictEveryTimeGivesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> retries(Status.STATUS_NO_TRANSACTION)
                .retryOnConflict(call("joinsOrBegins", () -> {
                    calls.incrementAndGet();
                    throw conflict();
                })));
        assertEquals(ConflictRetries.MOST_ATTEMPTS, calls.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> retries(Status.STATUS_NO_TRANSACTION)
                .retryOnConflict(call("joinsOrBegins", () -> {
                    calls.incrementAndGet();
                    throw bug;
                }))));
        assertEquals(1, calls.get());
    }

    @Test
    void aMethodThatJoinsItsCallersTransactionLeavesTheRetryToTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> retries(Status.STATUS_ACTIVE)
                .retryOnConflict(call("joinsOrBegins", () -> {
                    calls.incrementAndGet();
                    throw conflict();
                })));
        assertEquals(1, calls.get(), "half a transaction is never run again");
    }

    @Test
    void aMethodWithItsOwnNewTransactionIsRetriedInsideAnother() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        retries(Status.STATUS_ACTIVE).retryOnConflict(call("alwaysItsOwn", () -> {
            if (calls.incrementAndGet() == 1) {
                throw conflict();
            }
            return null;
        }));
        assertEquals(2, calls.get());
    }

    @Test
    void statementsOutsideATransactionAreNotRunAgain() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> retries(Status.STATUS_NO_TRANSACTION)
                .retryOnConflict(call("statementsOnTheirOwn", () -> {
                    calls.incrementAndGet();
                    throw conflict();
                })));
        assertEquals(1, calls.get(), "earlier statements were committed on their own");
    }

    @Test
    void pausesAreShortJitteredAndGrow() {
        for (int i = 0; i < 200; i++) {
            long first = ConflictRetries.pauseMillis(1);
            long fourth = ConflictRetries.pauseMillis(4);
            assertTrue(first >= 5 && first <= 15, "first pause " + first);
            assertTrue(fourth >= 40 && fourth <= 120, "fourth pause " + fourth);
        }
    }

    private static ConflictRetries retries(int status) {
        ConflictRetries retries = new ConflictRetries();
        retries.transactions = new FixedStatus(status);
        return retries;
    }

    private static InvocationContext call(String method, Callable<Object> body) throws NoSuchMethodException {
        Method m = Work.class.getMethod(method);
        Work target = new Work();
        Map<String, Object> data = new HashMap<>();
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return target;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return m;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }

            @Override
            public Object proceed() throws Exception {
                return body.call();
            }
        };
    }

    private record FixedStatus(int status) implements TransactionSynchronizationRegistry {
        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : "tx";
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    /**
     * {@code Transactional.value} is a binding member: an interceptor bound to {@code @Transactional}
     * alone meets {@code REQUIRED} methods only. Every type that may begin a transaction needs its
     * own binding, or its deadlocks reach the caller (as a lease's did).
     */
    @Test
    void anInterceptorIsBoundToEachTransactionTypeThatBeginsATransaction() throws Exception {
        Method value = Transactional.class.getMethod("value");
        assertTrue(value.getAnnotation(jakarta.enterprise.util.Nonbinding.class) == null,
                "value() is binding, so one interceptor per type is needed");
        java.util.Set<Transactional.TxType> bound = java.util.EnumSet.noneOf(Transactional.TxType.class);
        for (Class<?> type : new Class<?>[] {ConflictRetries.class, ConflictRetries.RequiresNew.class}) {
            assertTrue(type.isAnnotationPresent(jakarta.interceptor.Interceptor.class), type.getName());
            assertTrue(type.isAnnotationPresent(jakarta.annotation.Priority.class), type + " is enabled for the application");
            bound.add(type.getDeclaredAnnotation(Transactional.class) != null
                    ? type.getDeclaredAnnotation(Transactional.class).value() : Transactional.TxType.REQUIRED);
        }
        assertEquals(java.util.EnumSet.of(Transactional.TxType.REQUIRED, Transactional.TxType.REQUIRES_NEW), bound);
    }
}
