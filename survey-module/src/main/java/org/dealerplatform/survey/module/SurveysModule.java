package org.dealerplatform.survey.module;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.modules.NavigationEntry;
import org.dealerplatform.core.modules.PlatformModule;
import org.dealerplatform.core.security.Roles;

/** Registers the survey module: QR surveys, screening, scores and dashboards. */
@ApplicationScoped
public class SurveysModule implements PlatformModule {

    public static final String ID = "surveys";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("服务满意度调查", "Service satisfaction surveys");
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/surveys";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("/scores", new LocalizedText("全国得分", "National scores"),
                        Set.of(Roles.ASSOCIATION_ADMIN), 30),
                new NavigationEntry("/review", new LocalizedText("样本审核", "Sample review"),
                        Set.of(Roles.ASSOCIATION_ADMIN), 31),
                new NavigationEntry("/questionnaires", new LocalizedText("问卷", "Questionnaire"),
                        Set.of(Roles.ASSOCIATION_ADMIN), 32),
                new NavigationEntry("/scores", new LocalizedText("集团得分", "Group scores"),
                        Set.of(Roles.GROUP_ADMIN), 30),
                new NavigationEntry("/scores", new LocalizedText("门店得分", "Shop scores"),
                        Set.of(Roles.SHOP_MANAGER), 30));
    }

    @Override
    public Set<String> roles() {
        return Roles.ALL;
    }
}
