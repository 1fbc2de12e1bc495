package org.dealerplatform.reporting.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a table one row at a time to a stream it does not own. Cells may be {@code null}, a
 * {@link String} (neutralised), a {@link Number}, a {@link Boolean}, a
 * {@link java.time.LocalDateTime} or {@link java.time.LocalDate}; anything else is written as its
 * text. {@link #close()} finishes the file and flushes, but leaves the stream open for its owner.
 */
public interface TableWriter extends Closeable {

    /** Rows between flushes: keeps the response moving and the writer's buffer small. */
    int FLUSH_EVERY = 1000;

    void header(List<String> names) throws IOException;

    void row(List<?> cells) throws IOException;
}
