package org.dealerplatform.competition.season;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class SeasonRulesTest {

    @Test
    void defaultsAreTheReferenceProgramme() {
        SeasonRules r = SeasonRules.defaults();
        assertEquals(50, r.minShopSamples());
        assertEquals(20, r.minAdvisorSamples());
        assertEquals(20, r.finalists());
        assertEquals(0.30, r.onSiteWeight());
        assertEquals(10, r.awards());
        assertEquals(0.20, r.maxFlaggedShare());
    }

    @Test
    void weightsAndCountsOutOfRangeNameTheirField() {
        assertEquals("onSiteWeight", field(() -> new SeasonRules(50, 20, 20, 1.5, 10, 0.2)));
        assertEquals("onSiteWeight", field(() -> new SeasonRules(50, 20, 20, -0.1, 10, 0.2)));
        assertEquals("maxFlaggedShare", field(() -> new SeasonRules(50, 20, 20, 0.3, 10, 2)));
        assertEquals("minShopSamples", field(() -> new SeasonRules(0, 20, 20, 0.3, 10, 0.2)));
        assertEquals("awards", field(() -> new SeasonRules(50, 20, 20, 0.3, 0, 0.2)));
        assertEquals("finalists", field(() -> new SeasonRules(50, 20, 5, 0.3, 10, 0.2)));
        assertEquals("onSiteWeight", field(() -> new SeasonRules(50, 20, 0, 0.3, 10, 0.2)),
                "no on-site round, no on-site weight");
        new SeasonRules(50, 20, 0, 0, 10, 0.2);
    }

    @Test
    void omittedRulesKeepTheirValueAndNoRoundDropsItsWeight() {
        SeasonInput in = new SeasonInput();
        SeasonRules r = in.rules(new SeasonInput.RulesFields(30, null, 0, null, null, null), SeasonRules.defaults());
        assertEquals(30, r.minShopSamples());
        assertEquals(20, r.minAdvisorSamples());
        assertEquals(0, r.finalists());
        assertEquals(0, r.onSiteWeight());
    }

    private static String field(Runnable r) {
        return assertThrows(RuleViolation.class, r::run).field();
    }
}
