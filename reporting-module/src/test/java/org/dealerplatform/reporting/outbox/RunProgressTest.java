package org.dealerplatform.reporting.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void queued_while_nothing_has_started() {
        RunProgress progress = RunProgress.count(Map.of(OutboxState.PENDING, 12L), 0);
        assertEquals(new RunProgress(RunStatus.QUEUED, 12, 0, 0, 0, 0, 12), progress);
    }

    @Test
    void running_once_a_report_is_rendered_or_a_row_moved() {
        assertEquals(RunStatus.RUNNING, RunProgress.count(Map.of(OutboxState.PENDING, 12L), 1).status());
        assertEquals(RunStatus.RUNNING, RunProgress.count(
                Map.of(OutboxState.PENDING, 11L, OutboxState.RETRY_WAIT, 1L), 0).status());
    }

    @Test
    void counts_each_kind_of_row() {
        RunProgress progress = RunProgress.count(Map.of(OutboxState.SENT, 7L, OutboxState.FAILED, 1L,
                OutboxState.SKIPPED, 2L, OutboxState.SENDING, 3L, OutboxState.RETRY_WAIT, 4L, OutboxState.PENDING, 5L), 20);
        assertEquals(new RunProgress(RunStatus.RUNNING, 22, 20, 7, 1, 2, 12), progress);
    }

    @Test
    void done_when_every_row_is_sent_skipped_or_failed() {
        RunProgress progress = RunProgress.count(Map.of(OutboxState.SENT, 7L, OutboxState.FAILED, 1L,
                OutboxState.SKIPPED, 2L), 10);
        assertEquals(new RunProgress(RunStatus.DONE, 10, 10, 7, 1, 2, 0), progress);
        assertEquals(RunStatus.RUNNING, RunProgress.count(Map.of(OutboxState.SENT, 7L, OutboxState.SENDING, 1L), 8).status());
        assertEquals(RunStatus.DONE, RunProgress.count(Map.of(), 0).status(), "nobody to write to");
    }
}
