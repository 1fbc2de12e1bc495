package org.dealerplatform.survey.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.dealerplatform.core.persistence.PlatformDataSource;
import org.dealerplatform.core.samples.SampleLine;
import org.dealerplatform.core.samples.SampleRows;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.survey.screening.Verdict;

/**
 * The survey module's {@link SampleRows}: plain JDBC on the platform data source rather than JPA,
 * because EclipseLink's native queries read the whole result into a list. With MySQL Connector/J
 * a forward-only, read-only statement whose fetch size is {@link Integer#MIN_VALUE} is a streaming
 * result set: the driver reads one row off the socket per {@code next()} and the server waits while
 * the export writes. (Connector/J raises the session's {@code net_write_timeout} for such reads,
 * {@code netTimeoutForStreamingResults}, 600 s, so a slow download is not cut off.) The alternative,
 * {@code useCursorFetch}, would change every statement of the shared data source.
 * <p>
 * Tenant filtered by hand: each statement binds the shop's tenant id and shop id, the prefix of
 * {@code ix_survey_response_latest}. The phone, device and address hashes are not even selected.
 */
@ApplicationScoped
public class PublishedSampleRows implements SampleRows {

    /** The dimension columns in {@link Dimension} order. */
    static final List<String> DIMENSION_COLUMNS = List.of("score_advisor", "score_time", "score_quality",
            "score_price", "score_facilities");

    /**
     * The submitted_at window (the months in UTC widened by a day each way) lets the index range
     * scan; {@code month between} then picks exactly what was filed in the months, as
     * PublishedSampleNotes does for one month.
     */
    static final String SAMPLES = "select id, advisor_id, month, submitted_at, visit_type, score_overall, "
            + String.join(", ", DIMENSION_COLUMNS) + ", nps, status, reasons, comment_text"
            + " from survey_response where tenant_id = ? and shop_id = ? and submitted_at >= ? and submitted_at < ?"
            + " and month between ? and ? order by submitted_at, id";

    /** The same rows as {@link #SAMPLES}, counted on the same index range. */
    static final String COUNT = "select count(*) from survey_response where tenant_id = ? and shop_id = ?"
            + " and submitted_at >= ? and submitted_at < ? and month between ? and ?";

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Never inside a transaction: a download may take minutes, and a read needs none. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long stream(Collection<ShopProfile> shops, YearMonth from, YearMonth to, Sink sink) throws IOException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (ShopProfile shop : shops) {
                count += streamShop(connection, shop, from, to, sink);
            }
        } catch (SQLException e) {
            throw new IOException("reading samples failed", e);
        }
        return count;
    }

    /** One count per shop, on one connection: each is an index range of that shop. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OptionalLong count(Collection<ShopProfile> shops, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            return OptionalLong.of(0);
        }
        long count = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(COUNT)) {
            for (ShopProfile shop : shops) {
                bind(statement, shop, from, to);
                try (ResultSet row = statement.executeQuery()) {
                    count += row.next() ? row.getLong(1) : 0;
                }
            }
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(count);
    }

    private static long streamShop(Connection connection, ShopProfile shop, YearMonth from, YearMonth to, Sink sink)
            throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(SAMPLES, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE);
            bind(statement, shop, from, to);
            long count = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(line(shop, rows));
                    count++;
                }
            }
            return count;
        }
    }

    /** The shop (tenant first) and the months, as both {@link #SAMPLES} and {@link #COUNT} take them. */
    private static void bind(PreparedStatement statement, ShopProfile shop, YearMonth from, YearMonth to)
            throws SQLException {
        if (shop.tenantId() == null || shop.tenantId().isBlank() || shop.id() == null || shop.id().isBlank()) {
            throw new IllegalArgumentException("a shop with its tenant id, or no data");
        }
        statement.setString(1, shop.tenantId());
        statement.setString(2, shop.id());
        statement.setTimestamp(3, Timestamp.from(from.atDay(1).atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant()));
        statement.setTimestamp(4, Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).plusDays(1)
                .toInstant()));
        statement.setString(5, from.toString());
        statement.setString(6, to.toString());
    }

    static SampleLine line(ShopProfile shop, ResultSet row) throws SQLException {
        Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            double score = row.getDouble(DIMENSION_COLUMNS.get(d.ordinal()));
            if (!row.wasNull()) {
                dimensions.put(d, score);
            }
        }
        int nps = row.getInt("nps");
        Integer npsAnswer = row.wasNull() ? null : nps;
        // written by Timestamp.from in the JVM's zone (InstantColumn); read back the same way
        Timestamp submitted = row.getTimestamp("submitted_at");
        return new SampleLine(row.getString("id"), shop.tenantId(), shop.id(), row.getString("advisor_id"),
                YearMonth.parse(row.getString("month")), submitted == null ? null : submitted.toInstant(),
                row.getString("visit_type"), row.getDouble("score_overall"), dimensions, npsAnswer,
                row.getString("status"), Verdict.parseCodes(row.getString("reasons")).stream().map(String::trim)
                        .filter(code -> !code.isEmpty()).toList(), row.getString("comment_text"));
    }
}
