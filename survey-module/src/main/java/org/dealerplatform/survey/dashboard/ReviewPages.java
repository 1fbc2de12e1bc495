package org.dealerplatform.survey.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.survey.review.ReviewQueue;
import org.dealerplatform.survey.review.ScreeningCase;

/** The association's review queue in the console: oldest first, accept or reject with a reason. */
@Path("console/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @Inject
    ReviewQueue queue;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response list(@QueryParam("page") String page, @QueryParam("decided") String decided) {
        return listPage(PageRequest.of(page, null), decided, Map.of());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response decide(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                           @FormParam("decision") String decision, @FormParam("note") String note) {
        view.checkCsrf(csrf);
        try {
            queue.decide(id, "ACCEPT".equals(decision), note);
            return Response.seeOther(URI.create("/console/review?decided=" + ("ACCEPT".equals(decision) ? "ACCEPTED"
                    : "REJECTED"))).build();
        } catch (RuntimeException e) {
            Map<String, String> errors = new HashMap<>(FormErrors.of(e));
            errors.put("case", id);
            return listPage(PageRequest.of(0, 50), null, errors);
        }
    }

    private Response listPage(PageRequest page, String decided, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("cases", queue.list(ScreeningCase.State.OPEN, page));
        model.put("page", page.page());
        model.put("fig", new Figures());
        model.put("errors", errors);
        if (decided != null) {
            model.put("decided", "ACCEPTED".equals(decided) ? "review.accept" : "review.reject");
        }
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/surveys/review.vm", "review.title", model);
    }
}
