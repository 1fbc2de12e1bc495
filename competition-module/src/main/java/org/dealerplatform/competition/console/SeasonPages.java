package org.dealerplatform.competition.console;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dealerplatform.competition.awards.Award;
import org.dealerplatform.competition.awards.Awards;
import org.dealerplatform.competition.enrolment.Entries;
import org.dealerplatform.competition.module.CompetitionsModule;
import org.dealerplatform.competition.season.RulesVersion;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonRules;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.competition.standings.Standings;
import org.dealerplatform.competition.standings.StandingsTable;
import org.dealerplatform.competition.standings.StandingsView;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.FormErrors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;

/**
 * Seasons in the console. The association lists and creates seasons, moves them through their
 * life cycle, changes rules and decides entries; a group admin enrols and withdraws own shops; a
 * shop manager sees their shop's standing. Every change is a form post answered by a redirect
 * (or the page again with the form's problems marked).
 */
@Path("console/seasons")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(CompetitionsModule.ID)
public class SeasonPages {

    static final String TEMPLATE = "templates/competitions/season.vm";

    @Inject
    Seasons seasons;

    @Inject
    Entries entries;

    @Inject
    Standings standings;

    @Inject
    Awards awards;

    @Inject
    EntryRows rows;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    /** The six rules as typed in a form (create and change share them). */
    public static class RulesForm {
        @FormParam("minShopSamples")
        public String minShopSamples;
        @FormParam("minAdvisorSamples")
        public String minAdvisorSamples;
        @FormParam("finalists")
        public String finalists;
        @FormParam("onSiteWeight")
        public String onSiteWeight;
        @FormParam("awards")
        public String awards;
        @FormParam("maxFlaggedShare")
        public String maxFlaggedShare;

        /** Null when a field is unreadable (the problem is in {@code in}); the rules check themselves. */
        SeasonRules read(FormInput in) {
            Integer shop = in.whole("minShopSamples", minShopSamples);
            Integer advisor = in.whole("minAdvisorSamples", minAdvisorSamples);
            Integer finals = in.whole("finalists", finalists);
            Double weight = in.decimal("onSiteWeight", onSiteWeight);
            Integer prizes = in.whole("awards", awards);
            Double flagged = in.decimal("maxFlaggedShare", maxFlaggedShare);
            if (!in.ok()) {
                return null;
            }
            return new SeasonRules(shop, advisor, finals, weight, prizes, flagged);
        }

        void into(Map<String, String> values) {
            values.put("minShopSamples", FormInput.orEmpty(minShopSamples));
            values.put("minAdvisorSamples", FormInput.orEmpty(minAdvisorSamples));
            values.put("finalists", FormInput.orEmpty(finalists));
            values.put("onSiteWeight", FormInput.orEmpty(onSiteWeight));
            values.put("awards", FormInput.orEmpty(awards));
            values.put("maxFlaggedShare", FormInput.orEmpty(maxFlaggedShare));
        }
    }

    /** The new-season form. */
    public static class SeasonForm {
        @FormParam("_csrf")
        public String csrf;
        @FormParam("code")
        public String code;
        @FormParam("name")
        public String name;
        @FormParam("enrolFrom")
        public String enrolFrom;
        @FormParam("enrolTo")
        public String enrolTo;
        @FormParam("collectFrom")
        public String collectFrom;
        @FormParam("collectTo")
        public String collectTo;
        @FormParam("questionnaireVersions")
        public String questionnaireVersions;
        @BeanParam
        public RulesForm rules;

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            values.put("code", FormInput.orEmpty(code));
            values.put("name", FormInput.orEmpty(name));
            values.put("enrolFrom", FormInput.orEmpty(enrolFrom));
            values.put("enrolTo", FormInput.orEmpty(enrolTo));
            values.put("collectFrom", FormInput.orEmpty(collectFrom));
            values.put("collectTo", FormInput.orEmpty(collectTo));
            values.put("questionnaireVersions", FormInput.orEmpty(questionnaireVersions));
            rules.into(values);
            return values;
        }
    }

    @GET
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response list() {
        return listPage(Map.of(), defaults());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response create(@BeanParam SeasonForm form) {
        view.checkCsrf(form.csrf);
        FormInput in = new FormInput();
        String code = in.text("code", form.code, 32);
        String name = in.text("name", form.name, 120);
        LocalDate enrolFrom = in.date("enrolFrom", form.enrolFrom);
        LocalDate enrolTo = in.date("enrolTo", form.enrolTo);
        YearMonth collectFrom = in.month("collectFrom", form.collectFrom);
        YearMonth collectTo = in.month("collectTo", form.collectTo);
        Set<Integer> versions = in.versions("questionnaireVersions", form.questionnaireVersions);
        try {
            SeasonRules rules = form.rules.read(in);
            if (!in.ok()) {
                return listPage(in.errors(), form.values());
            }
            Season season = seasons.create(code, name, new Season.Schedule(enrolFrom, enrolTo, collectFrom, collectTo),
                    versions, rules);
            return done(season.id(), "created", "");
        } catch (RuntimeException e) {
            return listPage(FormErrors.of(e), form.values());
        }
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response show(@PathParam("id") String id, @QueryParam("done") String done, @QueryParam("shop") String shop) {
        return detail(seasons.byId(id), Trouble.none(), done, shop);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response move(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("to") String to,
                         @FormParam("reason") String reason, @FormParam("confirm") String confirm) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        FormInput in = new FormInput();
        SeasonStatus target = status(to);
        if (target == null) {
            in.fail("to", "must be one of DRAFT, ENROLLING, COLLECTING, CLOSED, FINAL, PUBLISHED");
        }
        if (reason != null && reason.strip().length() > 500) {
            in.fail("reason", "must be at most 500 characters");
        }
        boolean reopening = season.status().isReopening(target == null ? SeasonStatus.DRAFT : target);
        if (reopening && (reason == null || reason.isBlank())) {
            in.fail("reason", "re-opening a closed season needs a reason");
        }
        in.confirmed(confirm);
        String form = reopening ? "reopen" : "move";
        Map<String, String> values = Map.of("reason", FormInput.orEmpty(reason));
        if (!in.ok()) {
            return detail(season, new Trouble(form, in.errors(), values), null, null);
        }
        try {
            seasons.move(id, target, reason);
            return done(id, "moved", "");
        } catch (RuntimeException e) {
            return detail(seasons.byId(id), new Trouble(form, FormErrors.of(e), values), null, null);
        }
    }

    @POST
    @Path("{id}/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response changeRules(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                                @BeanParam RulesForm form, @FormParam("reason") String reason) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        Map<String, String> values = new HashMap<>();
        form.into(values);
        values.put("reason", FormInput.orEmpty(reason));
        FormInput in = new FormInput();
        if (reason != null && reason.strip().length() > 500) {
            in.fail("reason", "must be at most 500 characters");
        }
        try {
            SeasonRules rules = form.read(in);
            if (!in.ok()) {
                return detail(season, new Trouble("rules", in.errors(), values), null, null);
            }
            seasons.changeRules(id, rules, reason);
            return done(id, "rules", "#rules");
        } catch (RuntimeException e) {
            return detail(seasons.byId(id), new Trouble("rules", FormErrors.of(e), values), null, null);
        }
    }

    @POST
    @Path("{id}/entries/{entryId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response decide(@PathParam("id") String id, @PathParam("entryId") String entryId,
                           @FormParam("_csrf") String csrf, @FormParam("decision") String decision,
                           @FormParam("reason") String reason) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        FormInput in = new FormInput();
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            in.fail("decision", "must be APPROVE or REJECT");
        }
        in.text("reason", reason, 500);
        Trouble trouble = new Trouble("decide-" + entryId, in.errors(), Map.of("reason", FormInput.orEmpty(reason)));
        if (!in.ok()) {
            return detail(season, trouble, null, null);
        }
        try {
            entries.decide(id, entryId, "APPROVE".equals(decision), reason);
            return done(id, "APPROVE".equals(decision) ? "approved" : "rejected", "#entries");
        } catch (RuntimeException e) {
            return detail(seasons.byId(id), new Trouble(trouble.form(), FormErrors.of(e), trouble.values()), null,
                    null);
        }
    }

    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response enrol(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                          @FormParam("shopId") String shopId, @FormParam("advisorIds") List<String> advisorIds) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        List<String> advisors = advisorIds == null ? List.of()
                : advisorIds.stream().filter(a -> a != null && !a.isBlank()).distinct().toList();
        Map<String, String> values = new HashMap<>();
        values.put("shopId", FormInput.orEmpty(shopId));
        values.put("advisorIds", String.join(",", advisors));
        FormInput in = new FormInput();
        in.text("shopId", shopId, 36);
        if (advisors.size() > 50) {
            in.fail("advisorIds", "at most 50 advisors per shop");
        }
        if (!in.ok()) {
            return detail(season, new Trouble("enrol", in.errors(), values), null, shopId);
        }
        try {
            entries.enrol(id, shopId, advisors);
            return done(id, "enrolled", "#own-entries");
        } catch (RuntimeException e) {
            return detail(seasons.byId(id), new Trouble("enrol", FormErrors.of(e), values), null, shopId);
        }
    }

    @POST
    @Path("{id}/entries/{entryId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response withdraw(@PathParam("id") String id, @PathParam("entryId") String entryId,
                             @FormParam("_csrf") String csrf, @FormParam("reason") String reason,
                             @FormParam("confirm") String confirm) {
        view.checkCsrf(csrf);
        Season season = seasons.byId(id);
        entries.ownEntry(id, entryId);
        FormInput in = new FormInput();
        in.text("reason", reason, 500);
        in.confirmed(confirm);
        Trouble trouble = new Trouble("withdraw-" + entryId, in.errors(), Map.of("reason", FormInput.orEmpty(reason)));
        if (!in.ok()) {
            return detail(season, trouble, null, null);
        }
        try {
            entries.withdraw(id, entryId, reason);
            return done(id, "withdrawn", "#own-entries");
        } catch (RuntimeException e) {
            return detail(seasons.byId(id), new Trouble(trouble.form(), FormErrors.of(e), trouble.values()), null,
                    null);
        }
    }

    private Response listPage(Map<String, String> errors, Map<String, String> form) {
        Caller caller = caller();
        Map<String, Object> model = new HashMap<>();
        model.put("seasons", seasons.list());
        model.put("association", caller.isAssociationAdmin());
        model.put("errors", errors);
        model.put("errorForm", "create");
        model.put("form", form);
        model.put("fig", new Figures());
        return pages.page(errors.isEmpty() ? 200 : 400, "templates/competitions/seasons.vm", "competitions.seasons.title",
                model);
    }

    private Response detail(Season season, Trouble trouble, String done, String chosenShop) {
        Caller caller = caller();
        RulesVersion current = seasons.rules(season);
        Map<String, Object> model = new HashMap<>();
        model.put("season", season);
        model.put("status", season.status().name());
        model.put("rules", current.rules());
        model.put("rulesVersion", current.number());
        model.put("fig", new Figures());
        model.put("locale", view.locale());
        model.put("errors", trouble.errors());
        model.put("errorForm", trouble.form());
        model.put("form", trouble.values());
        if (done != null && FLASHES.containsKey(done)) {
            model.put("flash", FLASHES.get(done));
        }
        if (caller.isAssociationAdmin()) {
            association(season, current, trouble, model);
        } else if (caller.hasRole(Roles.GROUP_ADMIN)) {
            group(season, caller.tenant().orElseThrow(), trouble, chosenShop, model);
        } else {
            shop(season, model);
        }
        return pages.page(trouble.status(), TEMPLATE, "competitions.season.title", model);
    }

    static final Map<String, String> FLASHES = Map.of("created", "competitions.flash.created",
            "moved", "competitions.flash.moved", "rules", "competitions.flash.rules",
            "approved", "competitions.flash.approved", "rejected", "competitions.flash.rejected",
            "enrolled", "competitions.flash.enrolled", "withdrawn", "competitions.flash.withdrawn");

    private void association(Season season, RulesVersion current, Trouble trouble, Map<String, Object> model) {
        SeasonStatus status = season.status();
        model.put("role", "association");
        model.put("history", seasons.rulesHistory(season.id()));
        SeasonStatus[] all = SeasonStatus.values();
        model.put("next", status.ordinal() + 1 < all.length ? all[status.ordinal() + 1].name() : null);
        model.put("reopen", status == SeasonStatus.CLOSED);
        model.put("roundPending", status == SeasonStatus.CLOSED && current.rules().hasOnSiteRound()
                && !season.onSiteRoundClosed());
        model.put("entries", rows.named(entries.all(season.id())));
        model.put("decidable", !status.standingsFrozen());
        model.put("rulesEditable", !status.standingsFrozen());
        model.put("rulesNeedReason", status.rulesFixed());
        Map<String, String> rulesForm = "rules".equals(trouble.form()) ? trouble.values() : rulesValues(current.rules());
        model.put("rulesForm", rulesForm);
        // decided at FINAL: shown to the association before publishing, with certificates once published
        List<Award> list = status == SeasonStatus.FINAL || status == SeasonStatus.PUBLISHED ? awards.of(season.id())
                : List.of();
        model.put("teamAwards", list.stream().filter(a -> a.contest() == Contest.SHOPS).toList());
        model.put("advisorAwards", list.stream().filter(a -> a.contest() == Contest.ADVISORS).toList());
    }

    private void group(Season season, String tenant, Trouble trouble, String chosenShop, Map<String, Object> model) {
        model.put("role", "group");
        List<EntryRows.Row> own = rows.own(entries.own(season.id()), tenant);
        model.put("entries", own);
        model.put("withdrawOpen", season.status() == SeasonStatus.ENROLLING
                || season.status() == SeasonStatus.COLLECTING);
        boolean open = season.enrolmentOpen(LocalDate.now(Season.BEIJING));
        model.put("enrolOpen", open);
        if (!open) {
            return;
        }
        Set<String> entered = own.stream().map(EntryRows.Row::shopId).collect(Collectors.toSet());
        List<ShopProfile> shops = rows.openShops().stream().filter(s -> !entered.contains(s.id())).toList();
        model.put("shops", shops);
        ShopProfile chosen = shops.stream().filter(s -> s.id().equals(chosenShop)).findFirst().orElse(null);
        if (chosen != null) {
            List<AdvisorProfile> advisors = rows.activeAdvisors(tenant, chosen.id());
            model.put("chosenShop", chosen);
            model.put("advisors", advisors);
            String ticked = "enrol".equals(trouble.form()) ? trouble.values().getOrDefault("advisorIds", "") : "";
            model.put("ticked", Set.of(ticked.split(",")));
        }
    }

    private void shop(Season season, Map<String, Object> model) {
        model.put("role", "shop");
        StandingsTable table = standings.of(season, Contest.SHOPS);
        Set<String> own = catalog.isResolvable() ? standings.ownShopIds(catalog.get()) : Set.of();
        model.put("items", StandingsView.forShop(table, own, view.locale()));
        model.put("cutoff", table.cutoff());
        model.put("method", table.method());
    }

    private static Map<String, String> defaults() {
        Map<String, String> form = new HashMap<>();
        for (String field : List.of("code", "name", "enrolFrom", "enrolTo", "collectFrom", "collectTo",
                "questionnaireVersions")) {
            form.put(field, "");
        }
        form.putAll(rulesValues(SeasonRules.defaults()));
        return form;
    }

    static Map<String, String> rulesValues(SeasonRules rules) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("minShopSamples", String.valueOf(rules.minShopSamples()));
        form.put("minAdvisorSamples", String.valueOf(rules.minAdvisorSamples()));
        form.put("finalists", String.valueOf(rules.finalists()));
        form.put("onSiteWeight", Figures.plain(rules.onSiteWeight()));
        form.put("awards", String.valueOf(rules.awards()));
        form.put("maxFlaggedShare", Figures.plain(rules.maxFlaggedShare()));
        form.put("reason", "");
        return form;
    }

    private static SeasonStatus status(String to) {
        if (to == null) {
            return null;
        }
        try {
            return SeasonStatus.valueOf(to.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Caller caller() {
        return view.caller().orElseThrow(() -> ApiException.unauthorized("sign in"));
    }

    private static Response done(String seasonId, String what, String anchor) {
        return Response.seeOther(URI.create("/console/seasons/" + seasonId + "?done=" + what + anchor)).build();
    }
}
