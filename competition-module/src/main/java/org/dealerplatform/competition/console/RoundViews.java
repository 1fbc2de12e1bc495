package org.dealerplatform.competition.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.competition.onsite.Criterion;
import org.dealerplatform.competition.onsite.Finalist;
import org.dealerplatform.competition.onsite.Judge;
import org.dealerplatform.competition.onsite.JudgeScore;
import org.dealerplatform.competition.onsite.OnSiteRound;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.competition.standings.StandingRow;
import org.dealerplatform.competition.standings.Standings;

/**
 * The on-site round as the pages show it: finalists named from the frozen team standings, the
 * scoring progress (who has scored whom) for the association, and a judge's own scores. A judge's
 * view carries nobody else's scores while the round is open; once closed, only each finalist's
 * on-site result.
 */
@ApplicationScoped
public class RoundViews {

    @Inject
    OnSiteRound round;

    @Inject
    Standings standings;

    public record FinalistRow(String entryId, Integer seedRank, String name, String groupName, Double surveyScore,
                              String addedBy, String reason, Double onSiteScore, int scoredBy) {
    }

    /** An eligible team of the frozen standings that is not a finalist yet. */
    public record Candidate(String entryId, Integer rank, String name, String groupName, Double score) {
    }

    public record Cell(String entryId, String name, Double total) {
    }

    public record JudgeRow(String username, List<Cell> cells, int given) {
    }

    public record Round(List<FinalistRow> finalists, List<Candidate> candidates, List<String> judges,
                        List<Criterion> criteria, List<JudgeRow> progress, int given, int expected, boolean scored) {
    }

    /** A judge's page: the finalists, the rubric, the judge's own scores by entry. */
    public record JudgeView(List<FinalistRow> finalists, List<Criterion> criteria, Map<String, JudgeScore> own) {
    }

    @Transactional
    public Round forAssociation(String seasonId) {
        List<StandingRow> frozen = standings.frozen(seasonId, Contest.SHOPS).map(t -> t.rows()).orElse(List.of());
        Map<String, StandingRow> teams = frozen.stream()
                .collect(Collectors.toMap(StandingRow::entryId, Function.identity(), (a, b) -> a));
        List<JudgeScore> scores = round.scores(seasonId);
        Map<String, Double> onSite = round.onSiteScores(seasonId);
        List<FinalistRow> finalists = finalists(seasonId, teams, onSite, scores);
        Set<String> chosen = finalists.stream().map(FinalistRow::entryId).collect(Collectors.toSet());
        List<Candidate> candidates = frozen.stream().filter(r -> r.eligible() && !chosen.contains(r.entryId()))
                .map(r -> new Candidate(r.entryId(), r.rank(), r.name(), r.groupName(), r.score())).toList();
        List<String> judges = round.judges(seasonId).stream().map(Judge::username).toList();
        List<JudgeRow> progress = new ArrayList<>();
        int given = 0;
        for (String judge : judges) {
            List<Cell> cells = new ArrayList<>();
            int mine = 0;
            for (FinalistRow f : finalists) {
                JudgeScore s = scores.stream().filter(x -> x.judge().equals(judge) && x.entryId().equals(f.entryId()))
                        .findFirst().orElse(null);
                cells.add(new Cell(f.entryId(), f.name(), s == null ? null : round2(s.total())));
                mine += s == null ? 0 : 1;
            }
            given += mine;
            progress.add(new JudgeRow(judge, cells, mine));
        }
        return new Round(finalists, candidates, judges, round.criteria(seasonId), progress, given,
                judges.size() * finalists.size(), !scores.isEmpty());
    }

    @Transactional
    public JudgeView forJudge(String seasonId, String judge, boolean roundClosed) {
        Map<String, StandingRow> teams = standings.frozen(seasonId, Contest.SHOPS).map(t -> t.rows().stream()
                .collect(Collectors.toMap(StandingRow::entryId, Function.identity(), (a, b) -> a))).orElse(Map.of());
        List<JudgeScore> mine = round.scores(seasonId).stream().filter(s -> s.judge().equals(judge)).toList();
        Map<String, Double> onSite = roundClosed ? round.onSiteScores(seasonId) : Map.of();
        List<FinalistRow> finalists = finalists(seasonId, teams, onSite, List.of()).stream()
                .map(f -> new FinalistRow(f.entryId(), f.seedRank(), f.name(), f.groupName(), null, null, null,
                        f.onSiteScore(), 0))
                .toList();
        return new JudgeView(finalists, round.criteria(seasonId),
                mine.stream().collect(Collectors.toMap(JudgeScore::entryId, Function.identity(), (a, b) -> a)));
    }

    private List<FinalistRow> finalists(String seasonId, Map<String, StandingRow> teams, Map<String, Double> onSite,
                                        List<JudgeScore> scores) {
        List<FinalistRow> rows = new ArrayList<>();
        for (Finalist f : round.finalists(seasonId)) {
            StandingRow row = teams.get(f.entryId());
            Set<String> judges = new HashSet<>();
            scores.stream().filter(s -> s.entryId().equals(f.entryId())).forEach(s -> judges.add(s.judge()));
            rows.add(new FinalistRow(f.entryId(), f.seedRank(), row == null ? f.entryId() : row.name(),
                    row == null ? null : row.groupName(), row == null ? null : row.score(), f.addedBy(), f.reason(),
                    round2(onSite.get(f.entryId())), judges.size()));
        }
        return rows;
    }

    static Double round2(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value * 100) / 100.0;
    }
}
