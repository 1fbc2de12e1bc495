package org.dealerplatform.competition.enrolment;

/** Only APPROVED entries are ranked; the others are listed with their reason. */
public enum EntryStatus {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
