package org.dealerplatform.core.samples;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.OptionalLong;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Published by the module that owns the samples (the survey module): every sample of the given
 * shops filed in the months {@code from} to {@code to} (Beijing time, as samples are filed), handed
 * to a sink one at a time, for exports of any size. Like {@link SampleNotes} it reads across
 * tenants: the caller decides which shops may be shown and passes them as the directory or catalog
 * gave them; each shop's {@link ShopProfile#tenantId()} bounds its read.
 * <p>
 * Streams: rows come from a forward-only cursor and are never collected, so a million samples
 * never sit in memory. Runs outside any transaction (an export may take minutes and must not hold
 * one); each shop is read by one statement, a consistent snapshot of that shop. Shops in the order
 * given, each shop's samples oldest first.
 */
public interface SampleRows {

    /** Receives each sample as it is read; may write it straight to a response. */
    @FunctionalInterface
    interface Sink {
        void accept(SampleLine sample) throws IOException;
    }

    /** Streams the samples to the sink and answers how many there were. */
    long stream(Collection<ShopProfile> shops, YearMonth from, YearMonth to, Sink sink) throws IOException;

    /**
     * How many samples {@link #stream} would hand out now, for a long export's progress; an
     * estimate, since samples keep arriving. Empty when the module cannot count cheaply.
     */
    default OptionalLong count(Collection<ShopProfile> shops, YearMonth from, YearMonth to) {
        return OptionalLong.empty();
    }
}
