package org.dealerplatform.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 200,000 rows from a generator into a stream that keeps nothing: the export must pull rows one
 * at a time and push bytes out as it goes. Run to show it completes; no timing is asserted.
 */
class LargeExportTest {

    private static final int ROWS = 200_000;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void two_hundred_thousand_rows_stream_through(ExportFormat format) throws Exception {
        CountingSink sink = new CountingSink();
        SampleExport.TABLE.writeAll(format.open(sink, "samples"), Locale.CHINESE, new Generated());
        assertTrue(sink.bytes > ROWS * 20L, "wrote " + sink.bytes + " bytes");
        assertTrue(sink.writesBeforeEnd > 10, "bytes left while rows were still coming");
    }

    /** Rows made on demand, like a JDBC cursor. */
    private static final class Generated implements Iterator<SampleRow> {
        private int next;

        @Override
        public boolean hasNext() {
            return next < ROWS;
        }

        @Override
        public SampleRow next() {
            int i = next++;
            return new SampleRow("s-" + i, "SH" + (i % 500), "上海第" + (i % 500) + "店", YearMonth.of(2026, 11),
                    Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i), "维修", "顾问" + (i % 97), 60 + i % 40 + 0.5,
                    Map.of(Dimension.ADVISOR, 70.0 + i % 30, Dimension.TIME, 80.0), i % 11, "VALID", List.of(),
                    "第" + i + "条评论：服务不错，等待时间稍长。");
        }
    }

    private static final class CountingSink extends OutputStream {
        long bytes;
        long writesBeforeEnd;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            writesBeforeEnd++;
        }
    }
}
