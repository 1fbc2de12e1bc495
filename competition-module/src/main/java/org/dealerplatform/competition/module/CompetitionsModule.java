package org.dealerplatform.competition.module;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.modules.NavigationEntry;
import org.dealerplatform.core.modules.PlatformModule;
import org.dealerplatform.core.security.Roles;

/** The yearly service-quality competition: seasons, enrolment, standings, the on-site round, awards. */
@ApplicationScoped
public class CompetitionsModule implements PlatformModule {

    public static final String ID = "competitions";
    /** Judges of the on-site round: no dealer group, only the seasons they are assigned to. */
    public static final String JUDGE = "judge";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("服务质量竞赛", "Service quality competition");
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/competitions";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("/seasons", new LocalizedText("竞赛赛季", "Competition seasons"),
                        Set.of(Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER), 40),
                new NavigationEntry("/judging", new LocalizedText("现场评分", "On-site judging"), Set.of(JUDGE), 41));
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, JUDGE);
    }

    @Override
    public Set<String> declaredRoles() {
        return Set.of(JUDGE);
    }
}
