package org.dealerplatform.reporting.runs;

import java.sql.Timestamp;
import java.time.Instant;
import org.dealerplatform.core.persistence.InstantColumn;

/**
 * Values to and from native SQL. Instants are written as {@link Timestamp} (the JVM's zone, as
 * core's {@code InstantColumn} does) and read back the same way, whatever type the driver hands out.
 */
public final class Sql {

    private Sql() {
    }

    public static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(Object value) {
        return InstantColumn.read(value);
    }

    public static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** At most {@code max} characters, for columns that keep an error text. */
    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
