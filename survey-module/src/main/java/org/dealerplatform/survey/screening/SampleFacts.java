package org.dealerplatform.survey.screening;

/**
 * What screening knows about one sample: how long the customer took (null when unknown), whether
 * every item got the top score, the state of link and shop, and how many earlier samples of the
 * same shop share its device, phone, repair order or recent network address.
 */
public record SampleFacts(Integer durationSeconds, boolean allTopScores, boolean linkRevoked, boolean shopCollecting,
                          long sameDevice, long samePhone, long sameRepairOrder, long sameAddressRecently,
                          boolean rateLimited) {
}
