package org.dealerplatform.reporting.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An export ready to be written: what had to be read in a transaction (names, score sums) is read;
 * the rows are read while {@link #writeTo} writes them. The request streams it to the response, the
 * background worker to a file, so both produce the same bytes.
 */
public interface ExportFile {

    /** Told after every row; may throw to stop the export (the background job was taken away). */
    @FunctionalInterface
    interface RowCounter {
        RowCounter NONE = rows -> { };

        void written(long rows) throws IOException;
    }

    /** Writes the whole file to {@code out} (left open) and answers how many rows it holds. */
    long writeTo(OutputStream out, RowCounter counter) throws IOException;
}
