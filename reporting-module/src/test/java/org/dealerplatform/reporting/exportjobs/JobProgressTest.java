package org.dealerplatform.reporting.exportjobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JobProgressTest {

    @Test
    void percentOfTheCountedRows() {
        assertEquals(0, new JobProgress(JobStatus.QUEUED, 0, null).percent());
        assertEquals(0, new JobProgress(JobStatus.RUNNING, 0, 200_000L).percent());
        assertEquals(25, new JobProgress(JobStatus.RUNNING, 50_000, 200_000L).percent());
        assertEquals(33, new JobProgress(JobStatus.RUNNING, 1, 3L).percent(), "rounded down");
    }

    @Test
    void aRunningJobNeverShows100EvenWhenMoreSamplesArrivedThanCounted() {
        assertEquals(99, new JobProgress(JobStatus.RUNNING, 200_000, 200_000L).percent());
        assertEquals(99, new JobProgress(JobStatus.RUNNING, 250_000, 200_000L).percent());
    }

    @Test
    void withoutACountThereIsNoPercentUntilDone() {
        assertEquals(0, new JobProgress(JobStatus.RUNNING, 10_000, null).percent());
        assertEquals(0, new JobProgress(JobStatus.RUNNING, 10_000, 0L).percent());
        assertEquals(100, new JobProgress(JobStatus.DONE, 0, 0L).percent(), "an empty export is complete");
    }

    @Test
    void aFinishedJobShowsWhatItWroteAsItsTotal() {
        assertEquals(210_000L, new JobProgress(JobStatus.DONE, 210_000, 200_000L).shownTotal());
        assertEquals(100, new JobProgress(JobStatus.DONE, 210_000, 200_000L).percent());
        assertEquals(200_000L, new JobProgress(JobStatus.RUNNING, 20_000, 200_000L).shownTotal());
        assertNull(new JobProgress(JobStatus.QUEUED, 0, null).shownTotal());
    }

    @Test
    void progressIsWrittenEveryFewThousandRowsNotEveryRow() {
        assertFalse(JobProgress.due(0));
        assertFalse(JobProgress.due(JobProgress.EVERY_ROWS - 1));
        assertTrue(JobProgress.due(JobProgress.EVERY_ROWS));
        assertTrue(JobProgress.due(3L * JobProgress.EVERY_ROWS));
        assertEquals(200, LongStream.rangeClosed(1, 1_000_000).filter(JobProgress::due).count(),
                "a million rows: 200 writes");
    }
}
