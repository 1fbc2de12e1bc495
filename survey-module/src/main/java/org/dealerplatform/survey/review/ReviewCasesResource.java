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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.screening.Verdict;

/**
 * Review cases over the API: {@code GET} lists them ({@code ?status=OPEN|ACCEPTED|REJECTED|MIXED&shopId=
 * &tenant=&reason=&from=&to=&page=&size=}, days as {@code YYYY-MM-DD}), each with its count and the
 * ids of its first samples; {@code GET {id}} is one case with a page of its samples;
 * {@code POST {id}/decision} decides all its open samples with one reason.
 */
@Path("api/v1/review/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewCasesResource {

    @Inject
    CaseQueue queue;

    @Inject
    SurveySettings settings;

    /**
     * A case: {@code count} samples ({@code open} of them undecided), the cause they share
     * ({@code NONE} for a case of one), the union of their reasons, the first and last submission;
     * {@code samples} the ids of the first samples (a preview in a list). {@code members} only on a
     * single case: a page of its samples.
     */
    public record CaseView(String id, String shopId, String shopName, String tenant, String brand, String province,
                           String cause, List<String> reasons, int count, int open, int accepted, int rejected,
                           String firstAt, String lastAt, String status, List<String> samples, String decidedBy,
                           String decidedAt, String decisionNote, Page<ReviewResource.CaseView> members) {

        static CaseView of(ReviewCase c, List<String> samples, Page<ReviewResource.CaseView> members) {
            return new CaseView(c.id(), c.shopId(), c.shopName(), c.tenantId(), c.brandCode(), c.provinceCode(),
                    c.cause() == null ? "NONE" : c.cause().name(), Verdict.parseCodes(c.reasons()), c.sampleCount(),
                    c.openCount(), c.acceptedCount(), c.rejectedCount(), text(c.firstAt()), text(c.lastAt()),
                    c.state().name(), samples, c.decidedBy(), text(c.decidedAt()), c.decisionNote(), members);
        }

        private static String text(Instant at) {
            return at == null ? null : at.atOffset(ZoneOffset.UTC).toString();
        }
    }

    public record Decision(String decision, String reason) {
    }

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Page<CaseView> list(@QueryParam("status") String status, @QueryParam("shopId") String shopId,
                               @QueryParam("tenant") String tenant, @QueryParam("reason") String reason,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("page") String page, @QueryParam("size") String size) {
        CaseFilter filter = CaseFilter.parse(status, shopId, tenant, reason, from, to, settings.zone());
        return queue.list(filter, PageRequest.of(page, size)).map(l -> CaseView.of(l.reviewCase(), l.sampleIds(), null));
    }

    @GET
    @Path("{id}")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public CaseView one(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size == null || size.isBlank() ? "200" : size);
        ReviewCase reviewCase = queue.find(id);
        Page<ReviewResource.CaseView> members = queue.samples(id, false, request).map(ReviewResource.CaseView::of);
        return CaseView.of(reviewCase, members.items().stream().map(ReviewResource.CaseView::id).toList(), members);
    }

    @POST
    @Path("{id}/decision")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public CaseView decide(@PathParam("id") String id, Decision decision) {
        Input.check(decision).required("decision", decision.decision(), 10).oneOf("decision", decision.decision(),
                "ACCEPT", "REJECT").required("reason", decision.reason(), 500).orRefuse();
        ReviewCase decided = queue.decide(id, "ACCEPT".equals(decision.decision()), decision.reason());
        return CaseView.of(decided, List.of(), null);
    }
}
