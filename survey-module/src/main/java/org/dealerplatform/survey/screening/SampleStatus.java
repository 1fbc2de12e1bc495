package org.dealerplatform.survey.screening;

/** Only VALID samples count in scores; SUSPECT ones wait for the association's review. */
public enum SampleStatus {
    VALID, SUSPECT, INVALID
}
