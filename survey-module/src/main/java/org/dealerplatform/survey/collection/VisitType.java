package org.dealerplatform.survey.collection;

/** Why the customer was at the shop. */
public enum VisitType {
    MAINTENANCE, REPAIR, OTHER
}
