package org.dealerplatform.core.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a transaction again when the database rolled it back for a write conflict
 * ({@link Conflicts#isWriteConflict}): on a Galera cluster a commit loses the certification to a
 * commit on another node that changed the same rows; on one server two transactions can deadlock.
 * Either way nothing of the loser was written, and the same work a moment later succeeds, so the
 * user never sees the conflict.
 * <p>
 * Bound to {@link Transactional} itself, with a priority below the container's transaction
 * interceptor (200): it wraps every transaction boundary of every module from the outside, and
 * no write path can be forgotten. {@code Transactional.value} is a binding member (the container
 * has one interceptor per {@code TxType} the same way), so this class, bound to the default
 * {@code REQUIRED}, only meets {@code REQUIRED} methods; {@link RequiresNew} is the same
 * interceptor bound to {@code REQUIRES_NEW} (for a while it was missing, and a lease taken in
 * a transaction of its own surfaced a deadlock instead of retrying it). The other types never
 * begin a transaction, so there is nothing to retry for them. It retries only where the method's own transaction begins
 * ({@code REQUIRED} with no transaction yet, or {@code REQUIRES_NEW}); a method that joins its
 * caller's transaction passes the failure on, and the caller's boundary runs the whole
 * transaction again. Each attempt is a new transaction with a fresh persistence context and a
 * fresh {@code TenantTransaction}. Idempotency keys stay exact: a rolled-back attempt stored
 * nothing, so the next attempt stores the key once.
 * <p>
 * What runs inside a transaction may run more than once: keep calls to other systems outside it
 * (the platform does: mail goes through the outbox, Keycloak is called before the transaction).
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetries {

    private static final Logger LOG = Logger.getLogger(ConflictRetries.class.getName());

    /** Attempts in all, the first included; a conflict five times in a row is a hot row, not bad luck. */
    static final int MOST_ATTEMPTS = 5;

    /** The first pause; it doubles each time, each pause drawn between half and one and a half of it. */
    static final long FIRST_PAUSE_MILLIS = 10;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retryOnConflict(InvocationContext invocation) throws Exception {
        if (!beginsTransaction(invocation)) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt >= MOST_ATTEMPTS || !Conflicts.isWriteConflict(e)) {
                    throw e;
                }
                long pause = pauseMillis(attempt);
                int failed = attempt;
                LOG.log(Level.FINE, e, () -> "write conflict in " + invocation.getMethod().getDeclaringClass()
                        .getSimpleName() + "." + invocation.getMethod().getName() + ", attempt " + failed
                        + "; running the transaction again in " + pause + " ms");
                Thread.sleep(pause);
            }
        }
    }

    /** Jittered, so two nodes that conflicted once do not meet again at the same instant. */
    static long pauseMillis(int attempt) {
        long base = FIRST_PAUSE_MILLIS << (attempt - 1);
        return base / 2 + ThreadLocalRandom.current().nextLong(base + 1);
    }

    private boolean beginsTransaction(InvocationContext invocation) {
        Transactional.TxType type = txType(invocation);
        if (type == Transactional.TxType.REQUIRES_NEW) {
            return true;
        }
        return type == Transactional.TxType.REQUIRED
                && transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
    }

    /** The method's annotation wins over its class's, as for the container's transaction interceptor. */
    static Transactional.TxType txType(InvocationContext invocation) {
        Method method = invocation.getMethod();
        Transactional declared = method.getAnnotation(Transactional.class);
        if (declared == null) {
            Class<?> type = invocation.getTarget() == null ? method.getDeclaringClass()
                    : invocation.getTarget().getClass();
            for (Class<?> c = type; c != null && declared == null; c = c.getSuperclass()) {
                declared = c.getAnnotation(Transactional.class);
            }
        }
        return declared == null ? Transactional.TxType.REQUIRED : declared.value();
    }

    /** The same retries for methods that begin a transaction of their own ({@code REQUIRES_NEW}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    public static class RequiresNew extends ConflictRetries {
    }
}
