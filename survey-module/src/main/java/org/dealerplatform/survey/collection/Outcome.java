package org.dealerplatform.survey.collection;

import java.util.List;

/** What the submitter learns: the sample's id and classification; {@code replayed} for a repeated key. */
public record Outcome(String id, String status, List<String> reasons, boolean replayed) {

    public Outcome asReplay() {
        return new Outcome(id, status, reasons, true);
    }
}
