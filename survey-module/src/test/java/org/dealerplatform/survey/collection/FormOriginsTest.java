package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealerplatform.survey.collection.FormOrigins.Decision;
import org.junit.jupiter.api.Test;

/** A form post is accepted from the platform's own origin, or with the page view's form token when the browser says nothing. */
class FormOriginsTest {

    static final List<String> OWN = List.of("http://survey.example.cn:8080", "https://survey.example.cn");

    @Test
    void aPostFromTheSurveyPageIsAccepted() {
        assertEquals(Decision.SAME_ORIGIN, FormOrigins.check("https://survey.example.cn", null, OWN, false));
        assertEquals(Decision.SAME_ORIGIN, FormOrigins.check("HTTPS://Survey.Example.CN:443", null, OWN, false),
                "case and the default port do not matter");
        assertEquals(Decision.SAME_ORIGIN, FormOrigins.check("http://survey.example.cn:8080", null, OWN, false));
        assertEquals(Decision.SAME_ORIGIN, FormOrigins.check(null, "https://survey.example.cn/s/abc?lang=en", OWN, false),
                "the Referer when there is no Origin");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWhateverElseItCarries() {
        assertEquals(Decision.FOREIGN, FormOrigins.check("https://evil.example", null, OWN, true),
                "a foreign Origin is refused even with a form token");
        assertEquals(Decision.FOREIGN, FormOrigins.check("http://survey.example.cn", null, OWN, false),
                "the same host on another scheme or port is another origin");
        assertEquals(Decision.FOREIGN, FormOrigins.check("https://survey.example.cn.evil.example", null, OWN, false));
        assertEquals(Decision.FOREIGN, FormOrigins.check("https://evil.example", "https://survey.example.cn/s/abc", OWN, false),
                "Origin wins over Referer");
        assertEquals(Decision.FOREIGN, FormOrigins.check(null, "https://evil.example/page", OWN, true));
        assertEquals(Decision.FOREIGN, FormOrigins.check("file://", null, OWN, false));
        assertEquals(Decision.FOREIGN, FormOrigins.check("not a url", null, OWN, false));
        assertFalse(Decision.FOREIGN.accepted());
    }

    @Test
    void aBrowserThatSaysNothingNeedsTheFormToken() {
        assertEquals(Decision.FORM_TOKEN, FormOrigins.check(null, null, OWN, true));
        assertEquals(Decision.UNPROVEN, FormOrigins.check(null, null, OWN, false));
        assertEquals(Decision.FORM_TOKEN, FormOrigins.check("null", null, OWN, true),
                "Origin: null (a privacy setting, or a sandboxed foreign page) proves nothing");
        assertEquals(Decision.UNPROVEN, FormOrigins.check("null", "", OWN, false));
        assertTrue(Decision.FORM_TOKEN.accepted());
        assertFalse(Decision.UNPROVEN.accepted());
    }
}
