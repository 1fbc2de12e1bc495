package org.dealerplatform.survey.screening;

/**
 * What screening knows about one sample: how long the customer took (null when unknown), whether
 * every item got the top score, the state of link and shop, how many earlier samples of the
 * same shop share its device, phone, repair order or recent network address, whether the sender
 * went over a rate limit, and what the start ticket and device marker said about the page view:
 * the ticket's view already sent another sample, the ticket is genuine but too old, the device
 * marker was not signed by the platform.
 */
public record SampleFacts(Integer durationSeconds, boolean allTopScores, boolean linkRevoked, boolean shopCollecting,
                          long sameDevice, long samePhone, long sameRepairOrder, long sameAddressRecently,
                          boolean rateLimited, boolean ticketReused, boolean ticketExpired, boolean deviceForged) {

    /** Facts of a sample whose ticket and device marker raised no doubt. */
    public SampleFacts(Integer durationSeconds, boolean allTopScores, boolean linkRevoked, boolean shopCollecting,
                       long sameDevice, long samePhone, long sameRepairOrder, long sameAddressRecently,
                       boolean rateLimited) {
        this(durationSeconds, allTopScores, linkRevoked, shopCollecting, sameDevice, samePhone, sameRepairOrder,
                sameAddressRecently, rateLimited, false, false, false);
    }
}
