package org.dealerplatform.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Native SQL, opted into one statement at a time. EclipseLink switches native queries off for a
 * persistence unit as soon as it has a multitenant entity (error 6175), because SQL bypasses the
 * tenant filter. Rather than switching them back on for everything, each statement that needs SQL
 * (upserts, insert-or-ignore, read-model aggregates) asks here, so every use can be found and
 * checked: native SQL on a tenant table must filter by tenant by hand.
 */
public final class NativeSql {

    private static final String ALLOW = "eclipselink.jdbc.allow-native-sql-query";

    private NativeSql() {
    }

    public static Query query(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(ALLOW, true);
    }
}
