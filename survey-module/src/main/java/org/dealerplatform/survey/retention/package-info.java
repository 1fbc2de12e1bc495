/**
 * How long the survey module keeps what it derives from a customer (phone, device and address
 * hashes): exactly as long as a screening rule or the review grouping can still look at it, plus a
 * margin, then a per-node sweep clears it; and erasing one phone number's hashes on request. The
 * rule ({@link org.dealerplatform.survey.retention.HashRetention}) is pure and unit-tested.
 */
package org.dealerplatform.survey.retention;
