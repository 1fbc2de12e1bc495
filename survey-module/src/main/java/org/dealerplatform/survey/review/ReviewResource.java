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
 * The review queue over the API: {@code ?status=SUSPECT} (waiting), {@code ACCEPTED} or
 * {@code REJECTED} (decided); a decision needs a reason.
 */
@Path("api/v1/review/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewQueue queue;

    public record CaseView(String id, String tenantId, String shopId, String shopName, String brand, String province,
                           String submittedAt, List<String> reasons, double overall, Integer durationSeconds,
                           String comment, String state, String decidedBy, String decidedAt, String decisionNote) {
        static CaseView of(ScreeningCase c) {
            return new CaseView(c.responseId(), c.tenantId(), c.shopId(), c.shopName(), c.brandCode(),
                    c.provinceCode(), c.submittedAt().atOffset(ZoneOffset.UTC).toString(), Verdict.parseCodes(c.reasons()),
                    Math.round(c.overall() * 100) / 100.0, c.durationSeconds(), c.commentExcerpt(), c.state().name(),
                    c.decidedBy(), c.decidedAt() == null ? null : c.decidedAt().atOffset(ZoneOffset.UTC).toString(),
                    c.decisionNote());
        }
    }

    public record Decision(String decision, String reason) {
    }

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Page<CaseView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return queue.list(state(status), PageRequest.of(page, size)).map(CaseView::of);
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
