package org.dealerplatform.survey.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.List;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.survey.screening.Verdict;

/**
 * The review queue over the API, sample by sample: {@code ?status=SUSPECT} (waiting), {@code ACCEPTED}
 * or {@code REJECTED} (decided); a decision needs a reason. {@code GET .../{id}} shows any sample's
 * status, reasons and screening facts to the association (the sender is never told them).
 * Cases of samples sharing a cause are in {@link ReviewCasesResource}.
 */
@Path("api/v1/review/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewQueue queue;

    /** One screened sample in review; {@code caseId} is the review case it belongs to (see ReviewCasesResource). */
    public record CaseView(String id, String caseId, String tenantId, String shopId, String shopName, String brand,
                           String province, String submittedAt, List<String> reasons, double overall,
                           Integer durationSeconds, String comment, String state, String decidedBy, String decidedAt,
                           String decisionNote) {
        static CaseView of(ScreeningCase c) {
            return new CaseView(c.responseId(), c.caseId(), c.tenantId(), c.shopId(), c.shopName(), c.brandCode(),
                    c.provinceCode(), c.submittedAt().atOffset(ZoneOffset.UTC).toString(), Verdict.parseCodes(c.reasons()),
                    Math.round(c.overall() * 100) / 100.0, c.durationSeconds(), c.commentExcerpt(), c.state().name(),
                    c.decidedBy(), c.decidedAt() == null ? null : c.decidedAt().atOffset(ZoneOffset.UTC).toString(),
                    c.decisionNote());
        }
    }

    public record Decision(String decision, String reason) {
    }

    /**
     * What screening stored about a sample: answering time, top scores throughout, which
     * attributes it carried (only whether; the hashes stay in the database), its repair order, and
     * whether it came from the shop's registered network.
     */
    public record Facts(Integer durationSeconds, boolean allTopScores, boolean device, boolean phone,
                        String repairOrderNo, boolean address, boolean fromShopNetwork) {
    }

    /** One sample for the association: status and reasons (never shown to the sender), facts, and its review. */
    public record SampleView(String id, String tenantId, String shopId, String submittedAt, String month,
                             int questionnaireVersion, String status, List<String> reasons, double overall,
                             Facts facts, String caseId, CaseView review) {
        static SampleView of(ReviewQueue.Reviewed r) {
            var s = r.sample();
            return new SampleView(s.id(), r.tenantId(), s.shopId(), s.submittedAt().atOffset(ZoneOffset.UTC).toString(),
                    s.month(), s.questionnaireVersion(), s.status().name(), Verdict.parseCodes(s.reasons()),
                    Math.round(s.overall() * 100) / 100.0,
                    new Facts(s.durationSeconds(), s.overall() >= 100 - 1e-9, s.hasDevice(), s.hasPhone(),
                            s.repairOrderNo(), s.hasAddress(), s.fromShopNetwork()),
                    r.screening() == null ? null : r.screening().caseId(),
                    r.screening() == null ? null : CaseView.of(r.screening()));
        }
    }

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Page<CaseView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return queue.list(state(status), PageRequest.of(page, size)).map(CaseView::of);
    }

    @GET
    @Path("{id}")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public SampleView sample(@PathParam("id") String id) {
        return SampleView.of(queue.sample(id));
    }

    @POST
    @Path("{id}/decision")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public CaseView decide(@PathParam("id") String id, Decision decision) {
        Input.check(decision).required("decision", decision.decision(), 10).oneOf("decision", decision.decision(),
                "ACCEPT", "REJECT").required("reason", decision.reason(), 500).orRefuse();
        return CaseView.of(queue.decide(id, "ACCEPT".equals(decision.decision()), decision.reason()));
    }

    private static ScreeningCase.State state(String status) {
        if (status == null || status.isBlank() || "SUSPECT".equals(status)) {
            return ScreeningCase.State.OPEN;
        }
        return switch (status) {
            case "ACCEPTED" -> ScreeningCase.State.ACCEPTED;
            case "REJECTED" -> ScreeningCase.State.REJECTED;
            default -> throw ApiException.invalid("status", "must be SUSPECT, ACCEPTED or REJECTED");
        };
    }
}
