package org.dealerplatform.competition.awards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.shops.ShopCatalog;

/**
 * What the public may know of a season: nothing before it is PUBLISHED (an unpublished season
 * answers exactly like an unknown one), then both award lists and the season's figures.
 */
@ApplicationScoped
public class PublishedResults {

    @Inject
    Seasons seasons;

    @Inject
    Awards awards;

    @Inject
    Instance<ShopCatalog> catalog;

    public record Figures(long validSamples, int shops, int brands, int groups, Double nationalAverage) {
    }

    public record Winner(int place, String name, String shopName, String groupName, String brand, String province,
                         double surveyScore, Double onSiteScore, double finalScore, String certificateCode) {
    }

    public record Results(String code, String name, String collectFrom, String collectTo, String publishedAt,
                          Figures figures, List<Winner> teams, List<Winner> advisors) {
    }

    public record Verification(Results season, Winner award, String contest) {
    }

    @Transactional
    public Results of(String seasonCode, Locale locale) {
        Season season = seasonCode == null ? null : seasons.byCode(seasonCode);
        if (season == null || !season.published()) {
            throw new NotFound("season results");
        }
        return results(season, locale);
    }

    /** The award behind a certificate code, once its season is published; empty for a forged code. */
    @Transactional
    public java.util.Optional<Verification> verify(String certificateCode, Locale locale) {
        Award award = awards.byCertificate(certificateCode);
        if (award == null) {
            return java.util.Optional.empty();
        }
        Season season = seasons.byId(award.seasonId());
        if (!season.published()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Verification(results(season, locale), winner(award, locale),
                award.contest().name()));
    }

    public List<Season> publishedSeasons() {
        return seasons.list().stream().filter(Season::published).toList();
    }

    private Results results(Season season, Locale locale) {
        SeasonResult f = awards.figures(season.id());
        Figures figures = f == null ? new Figures(0, 0, 0, 0, null)
                : new Figures(f.validSamples(), f.shops(), f.brands(), f.groups(), f.nationalAverage());
        List<Award> all = awards.of(season.id());
        return new Results(season.code(), season.name(), season.collectFrom().toString(), season.collectTo().toString(),
                season.publishedAt() == null ? null : season.publishedAt().toString(), figures,
                all.stream().filter(a -> a.contest() == Contest.SHOPS).map(a -> winner(a, locale)).toList(),
                all.stream().filter(a -> a.contest() == Contest.ADVISORS).map(a -> winner(a, locale)).toList());
    }

    private Winner winner(Award a, Locale locale) {
        String province = catalog.isResolvable() ? catalog.get().provinceName(a.provinceCode(), locale) : a.provinceCode();
        return new Winner(a.place(), a.subjectName(), a.shopName(), a.groupName(), a.brand(locale), province,
                a.surveyScore(), a.onSiteScore(), a.finalScore(), a.certificateCode());
    }
}
