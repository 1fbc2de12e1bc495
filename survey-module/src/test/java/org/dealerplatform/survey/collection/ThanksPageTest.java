package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.dealerplatform.core.alerts.AlertOffers.ConsentWording;
import org.dealerplatform.core.alerts.AlertOffers.ContactOffer;
import org.dealerplatform.core.console.TemplateEngines;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The thank-you page's call-back step as the customer's browser gets it, without the server. */
class ThanksPageTest {

    static final ContactOffer OFFER = new ContactOffer("callback-v1", new ConsentWording("同意门店回电", "用途……30 天。"),
            new ConsentWording("The shop may call me", "Purpose... 30 days."));

    static String render(Locale locale, boolean offered, Map<String, String> values, String error) {
        Messages texts = new Messages(locale, List.of("core", "surveys"), ThanksPageTest.class.getClassLoader());
        Map<String, Object> model = new HashMap<>();
        model.put("t", texts);
        model.put("lang", texts.language());
        model.put("token", "tok");
        model.put("langQuery", "");
        model.put("callbackKept", false);
        model.put("values", values);
        model.put("callbackError", "");
        if (offered) {
            model.put("offer", OFFER);
            model.put("wording", OFFER.in(locale));
            model.put("response", "r-1");
            model.put("view", "form-token");
            if (error != null) {
                model.put("callbackError", error);
            }
        }
        StringWriter out = new StringWriter();
        TemplateEngines.engine(true, true).getTemplate("templates/surveys/thanks.vm", "UTF-8")
                .merge(new VelocityContext(model), out);
        return out.toString();
    }

    @Test
    void anOfferIsAnUntickedLabelledBoxAndAPhoneFieldInAPlainForm() {
        String page = render(Languages.ENGLISH, true, Map.of(), null);
        assertTrue(page.contains("<form class=\"callback\" method=\"post\" action=\"/s/tok/thanks\""), page);
        assertTrue(page.contains("<input type=\"checkbox\" name=\"consent\" value=\"yes\" id=\"cb-consent\""), page);
        assertFalse(page.contains("checked"), "unticked");
        assertTrue(page.contains("<label for=\"cb-consent\">The shop may call me</label>"), page);
        assertTrue(page.contains("<label for=\"cb-phone\">"), page);
        assertTrue(page.contains("Purpose... 30 days."), page);
        assertTrue(page.contains("name=\"consentVersion\" value=\"callback-v1\""), page);
        assertFalse(page.contains("role=\"alert\""), "no error before a post");
    }

    @Test
    void aRefusedNumberIsTiedToItsFieldAndKeptForCorrection() {
        String page = render(Languages.CHINESE, true, Map.of("consent", "yes", "phone", "12345"), "phone");
        assertTrue(page.contains("aria-describedby=\"cb-phone-help cb-phone-error\""), page);
        assertTrue(page.contains("aria-invalid=\"true\""), page);
        assertTrue(page.contains("id=\"cb-phone-error\""), page);
        assertTrue(page.contains("href=\"#cb-phone\""), page);
        assertTrue(page.contains("value=\"12345\""), page);
        assertTrue(page.contains(" checked"), "the tick the customer gave is kept");
        assertTrue(page.contains("<label for=\"cb-consent\">同意门店回电</label>"), page);
    }

    @Test
    void withoutAnOfferTheThanksAreAllThereIs() {
        String page = render(Languages.CHINESE, false, Map.of(), null);
        assertFalse(page.contains("<form"), page);
    }
}
