package org.dealerplatform.survey.collection;

import java.time.Instant;
import org.dealerplatform.survey.qr.SurveyLink;
import org.dealerplatform.survey.scoring.SampleScore;
import org.dealerplatform.survey.screening.SampleFacts;
import org.dealerplatform.survey.screening.Screening;
import org.dealerplatform.survey.screening.ScreeningPolicy;
import org.dealerplatform.survey.screening.Verdict;

/**
 * A submission checked and scored, with everything screening can know without reading other
 * samples: established once, before either way of storing it ({@link SampleBatches} or
 * {@link SampleStore#store}), so that nothing counted in memory (the rate windows) is counted twice
 * when a sample falls back from one way to the other.
 */
record Arrival(SurveyLink link, Answered answered, SampleScore score, StartTicket ticket, Visitor visitor,
               boolean collecting, boolean rateLimited, boolean fromShopNetwork, Instant arrivedAt, String month) {

    Submission submission() {
        return answered.submission();
    }

    /**
     * The facts, given what only the stored samples can tell: earlier samples of the shop with this
     * device, phone, repair order or recent address, and whether the ticket was used before.
     */
    SampleFacts facts(long sameDevice, long samePhone, long sameRepairOrder, long sameAddressRecently,
                      boolean ticketReused) {
        return new SampleFacts(answered.durationSeconds(), submission().allTopScores(), link.revoked(), collecting,
                sameDevice, samePhone, sameRepairOrder, sameAddressRecently, rateLimited,
                ticketReused, ticket.expired(), visitor.deviceForged());
    }

    /**
     * Whether the sample can be written with others in one batch: it names no repair order or phone
     * (those take lock rows, see ReviewCases) and nothing known so far makes it suspect. The batch
     * still checks the stored samples and the ticket's use, and hands it back when they object.
     */
    boolean batchable(ScreeningPolicy policy) {
        return submission().repairOrderNo() == null && answered.phoneHash() == null && ticket.good()
                && new Screening(policy).judge(facts(0, 0, 0, 0, false)).status()
                        == org.dealerplatform.survey.screening.SampleStatus.VALID;
    }
}
