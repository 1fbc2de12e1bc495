package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dealerplatform.survey.screening.ScreeningPolicy;

/**
 * The SQL of one group-commit batch ({@link SampleBatches}), on plain JDBC inside the batch's
 * transaction. Reads are plain (not locking): a ticket or key used by another node in the same
 * instant is caught by the primary and unique keys at insert, which fails the whole batch and
 * sends each arrival the usual way. Inserts are JDBC batches, which Connector/J sends as one
 * multi-row statement ({@code rewriteBatchedStatements}, set on the platform's data source).
 * Tenant data is filtered by hand here: every read names the shops of the batch, and shop ids
 * are unique across dealer groups.
 */
@ApplicationScoped
class BatchStatements {

    static final String TICKET_USE = "insert into survey_ticket_use (view_id, idempotency_key, expires_at)"
            + " values (?, ?, ?)";

    /** What the stored samples say about each arrival of a batch, by its index in the batch. */
    static final class Seen {
        private final List<Arrival> arrivals;
        private final boolean[] used;
        private final long[] deviceBefore;
        private final long[] addressBefore;
        private final boolean[] stored;
        private final int burstCount;

        Seen(List<Arrival> arrivals, boolean[] used, long[] deviceBefore, long[] addressBefore, int burstCount) {
            this.arrivals = arrivals;
            this.used = used;
            this.deviceBefore = deviceBefore;
            this.addressBefore = addressBefore;
            this.stored = new boolean[arrivals.size()];
            this.burstCount = burstCount;
        }

        /** Its idempotency key or its ticket was used by a stored sample, or by one earlier in this batch. */
        boolean keyOrTicketUsed(int i) {
            return used[i];
        }

        /** Earlier samples with its device: stored ones, and those of this batch stored before it (at most 1). */
        long sameDevice(int i) {
            String device = arrivals.get(i).answered().deviceHash();
            return device == null ? 0 : Math.min(1, deviceBefore[i] + earlierInBatch(i, a -> a.answered().deviceHash(), device));
        }

        /** Recent samples from its address, likewise (at most the burst count, as the usual way counts). */
        long sameAddress(int i) {
            Arrival arrival = arrivals.get(i);
            String address = arrival.visitor().exempt() ? null : arrival.answered().addressHash();
            return address == null ? 0 : Math.min(burstCount, addressBefore[i]
                    + earlierInBatch(i, a -> a.visitor().exempt() ? null : a.answered().addressHash(), address));
        }

        /** The arrival is stored in this batch: later ones of the batch count it. */
        void stored(int i) {
            stored[i] = true;
        }

        private long earlierInBatch(int i, java.util.function.Function<Arrival, String> value, String wanted) {
            String shop = arrivals.get(i).answered().shop().id();
            long n = 0;
            for (int j = 0; j < i; j++) {
                if (stored[j] && arrivals.get(j).answered().shop().id().equals(shop)
                        && wanted.equals(value.apply(arrivals.get(j)))) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * One read for the whole batch, one round trip: the tickets and idempotency keys already used,
     * and the device and address counts (see {@link #peek}). Each part of the union says which
     * kind of row it gives in its first column.
     */
    Seen seen(Connection connection, List<Arrival> arrivals, ScreeningPolicy policy) throws SQLException {
        int n = arrivals.size();
        List<String> views = arrivals.stream().map(a -> a.ticket().view()).distinct().toList();
        Set<String> shops = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        arrivals.forEach(a -> {
            shops.add(a.answered().shop().id());
            keys.add(a.answered().idempotencyKey());
        });
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        parts.add("select 'v', view_id, 0 from survey_ticket_use where view_id in (" + marks(views.size()) + ")");
        values.addAll(views);
        // both lists in the unique key's order; the pairs that really match are picked out below
        parts.add("select 'k', concat(shop_id, ' ', idempotency_key), 0 from survey_response where shop_id in ("
                + marks(shops.size()) + ") and idempotency_key in (" + marks(keys.size()) + ")");
        values.addAll(shops);
        values.addAll(keys);
        long[] device = new long[n];
        long[] address = new long[n];
        List<long[]> targets = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Arrival a = arrivals.get(i);
            String shop = a.answered().shop().id();
            if (a.answered().deviceHash() != null) {
                parts.add(peek(targets.size(), "device_hash", 1));
                values.addAll(List.of(shop, a.answered().deviceHash(),
                        Timestamp.from(a.arrivedAt().minus(Duration.ofDays(policy.repeatDays())))));
                targets.add(device);
                indexes.add(i);
            }
            if (!a.visitor().exempt() && a.answered().addressHash() != null) {
                parts.add(peek(targets.size(), "address_hash", policy.burstCount()));
                values.addAll(List.of(shop, a.answered().addressHash(),
                        Timestamp.from(a.arrivedAt().minus(Duration.ofMinutes(policy.burstMinutes())))));
                targets.add(address);
                indexes.add(i);
            }
        }
        Set<String> usedViews = new HashSet<>();
        Set<String> usedKeys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(String.join(" union all ", parts))) {
            bind(select, 1, values);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "v" -> usedViews.add(rs.getString(2));
                        case "k" -> usedKeys.add(rs.getString(2));
                        default -> {
                            int part = Integer.parseInt(rs.getString(2));
                            targets.get(part)[indexes.get(part)] = rs.getLong(3);
                        }
                    }
                }
            }
        }
        boolean[] used = new boolean[n];
        Set<String> viewsInBatch = new HashSet<>();
        Set<String> keysInBatch = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Arrival a = arrivals.get(i);
            String key = a.answered().shop().id() + " " + a.answered().idempotencyKey();
            String view = a.ticket().view();
            used[i] = usedViews.contains(view) || usedKeys.contains(key) || !viewsInBatch.add(view)
                    || !keysInBatch.add(key);
        }
        return new Seen(arrivals, used, device, address, policy.burstCount());
    }

    /** Inserts the ticket uses and the samples of the arrivals taken, in two multi-row statements. */
    void insert(Connection connection, List<Arrival> taken, List<SurveyResponse> samples) throws SQLException {
        try (PreparedStatement tickets = connection.prepareStatement(TICKET_USE)) {
            for (Arrival a : taken) {
                tickets.setString(1, a.ticket().view());
                tickets.setString(2, a.answered().idempotencyKey());
                tickets.setTimestamp(3, Timestamp.from(a.ticket().expires()));
                tickets.addBatch();
            }
            tickets.executeBatch();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            rows.add(samples.get(i).row(taken.get(i).link().tenantId()));
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        String sql = "insert into survey_response (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                int p = 1;
                for (Object value : row.values()) {
                    insert.setObject(p++, value);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Earlier samples of the shop with one device (in the repeat window, enough: 1) or from one
     * address (in the burst window, enough: the burst count): a small index peek, as the usual way
     * makes it one by one.
     */
    private static String peek(int part, String column, int enough) {
        return "(select 'c', '" + part + "', count(*) from (select 1 from survey_response where shop_id = ? and " + column + " = ?"
                + " and submitted_at >= ? limit " + enough + ") t)";
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static int bind(PreparedStatement statement, int first, List<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            statement.setObject(i++, Objects.requireNonNull(value));
        }
        return i;
    }
}
