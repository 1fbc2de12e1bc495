package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.survey.qr.SurveyLink;
import org.dealerplatform.survey.qr.SurveyLinks;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.dealerplatform.survey.questionnaire.Questionnaires;

/** Everything needed to show a survey for a token: the shop, its advisors, the questionnaire, a start ticket. */
@ApplicationScoped
public class SurveyForms {

    @Inject
    SurveyLinks links;

    @Inject
    SurveyedShops shops;

    @Inject
    Questionnaires questionnaires;

    @Inject
    StartTickets tickets;

    /** {@code open} is false when the code was rotated away or the shop does not collect answers now. */
    public record Form(SurveyLink link, ShopProfile shop, List<AdvisorProfile> advisors, Questionnaire questionnaire,
                       String ticket, boolean open) {
    }

    /** Unknown tokens are 404; known ones always give a form, open or not, so the page can say why. */
    @Transactional
    public Form open(String token) {
        SurveyLink link = links.byToken(token).orElseThrow(() -> new NotFound("survey"));
        ShopCatalog catalog = shops.catalog();
        ShopProfile shop = shops.of(link.tenantId(), link.shopId()).orElseThrow(() -> new NotFound("survey"));
        List<AdvisorProfile> advisors = catalog.advisorsOfTenant(link.tenantId(), shop.id()).stream()
                .filter(AdvisorProfile::active).toList();
        boolean collecting = shops.collecting(shop);
        return new Form(link, shop, advisors, questionnaires.current(), tickets.issue(link.token()),
                collecting && !link.revoked());
    }
}
