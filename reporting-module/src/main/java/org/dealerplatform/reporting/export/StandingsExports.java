package org.dealerplatform.reporting.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.standings.ContestLevel;
import org.dealerplatform.core.standings.SeasonStandings;
import org.dealerplatform.core.standings.SeasonStandingsReader;

/**
 * A season's standings for export, read through core's {@link SeasonStandingsReader} (the
 * competition module's, absent without it: then no season is found). The association gets every
 * entry; a group admin only their own group's entries, by name with their rank in the whole field.
 * The standings API shows a group admin the other entries too, but only anonymised; a spreadsheet
 * of anonymous rows would be no use to them and one more copy to guard, so they are left out.
 */
@ApplicationScoped
public class StandingsExports {

    @Inject
    Instance<SeasonStandingsReader> reader;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    /** What the caller may see of the season's contest; 404 for an unknown season or without the module. */
    @Transactional
    public SeasonStandings visible(String seasonId, ContestLevel level, Locale locale) {
        if (!reader.isResolvable()) {
            throw new NotFound("season");
        }
        SeasonStandings all = reader.get().standings(seasonId, level, locale)
                .orElseThrow(() -> new NotFound("season"));
        Caller caller = callers.required();
        SeasonStandings visible = caller.isAssociationAdmin() ? all : all.ofGroup(callers.requiredTenant());
        audit.record("export.standings", "season", all.seasonId(), all.seasonCode() + " " + level + ": "
                + visible.entries().size() + " entries", null);
        return visible;
    }
}
