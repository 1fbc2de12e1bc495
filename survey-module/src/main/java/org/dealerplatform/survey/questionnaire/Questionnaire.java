package org.dealerplatform.survey.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.scores.Dimension;

/**
 * The content of one questionnaire version: items per dimension, dimension weights, and the
 * recommendation question (0 to 10, reported as NPS, not part of the index). Valid by
 * construction: every dimension has at least one item and a positive weight, weights add up to 1.
 */
public record Questionnaire(int version, String title, Map<Dimension, Double> weights, List<Item> items,
                            String recommendZh, String recommendEn) {

    /** Tolerance on the sum of weights, so that 0.2 five times (0.9999999999999999) is 1. */
    private static final double WEIGHT_TOLERANCE = 1e-6;

    public Questionnaire {
        title = RuleViolation.requiredText("title", title, 100);
        recommendZh = RuleViolation.requiredText("recommendZh", recommendZh, 200);
        recommendEn = RuleViolation.requiredText("recommendEn", recommendEn, 200);
        if (items == null || items.isEmpty() || items.size() > 40) {
            throw new RuleViolation("items", "must have 1 to 40 items");
        }
        Set<String> codes = new HashSet<>();
        for (Item item : items) {
            if (!codes.add(item.code())) {
                throw new RuleViolation("items.code", "item code " + item.code() + " is used twice");
            }
        }
        EnumMap<Dimension, Double> checked = new EnumMap<>(Dimension.class);
        double sum = 0;
        for (Dimension d : Dimension.values()) {
            Double weight = weights == null ? null : weights.get(d);
            if (weight == null || !(weight > 0) || weight > 1) {
                throw new RuleViolation("weights." + d, "must be a number above 0 and at most 1");
            }
            if (items.stream().noneMatch(i -> i.dimension() == d)) {
                throw new RuleViolation("items", "dimension " + d + " needs at least one item");
            }
            checked.put(d, weight);
            sum += weight;
        }
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
            throw new RuleViolation("weights", "must add up to 1 (they add up to " + sum + ")");
        }
        weights = Collections.unmodifiableMap(checked);
        items = List.copyOf(items);
    }

    public List<Item> itemsOf(Dimension dimension) {
        return items.stream().filter(i -> i.dimension() == dimension).toList();
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public String recommend(Locale locale) {
        return "en".equals(locale.getLanguage()) ? recommendEn : recommendZh;
    }

    public Questionnaire withVersion(int newVersion) {
        return new Questionnaire(newVersion, title, weights, items, recommendZh, recommendEn);
    }

    /** The national questionnaire the platform starts with (version 1): equal weights of 20 %. */
    public static Questionnaire national() {
        List<Item> items = new ArrayList<>();
        items.add(new Item("A1", Dimension.ADVISOR, "服务顾问及时接待您", "The service advisor greeted you promptly", true));
        items.add(new Item("A2", Dimension.ADVISOR, "服务顾问清楚地解释了维修项目和费用",
                "The advisor explained the work and its costs clearly", true));
        items.add(new Item("A3", Dimension.ADVISOR, "服务顾问礼貌、专业", "The advisor was courteous and professional", true));
        items.add(new Item("T1", Dimension.TIME, "预约方便、等待时间短", "Booking was easy and the wait was short", true));
        items.add(new Item("T2", Dimension.TIME, "车辆按承诺时间交付", "Your car was ready when promised", true));
        items.add(new Item("Q1", Dimension.QUALITY, "一次修好，无需返修", "The work was done right the first time", true));
        items.add(new Item("Q2", Dimension.QUALITY, "交车时车辆干净整洁", "Your car was returned clean", true));
        items.add(new Item("P1", Dimension.PRICE, "施工前价格透明", "Prices were clear before any work started", true));
        items.add(new Item("P2", Dimension.PRICE, "收费合理", "The charges were fair", true));
        items.add(new Item("F1", Dimension.FACILITIES, "休息区舒适", "The waiting area was comfortable", true));
        items.add(new Item("F2", Dimension.FACILITIES, "店面干净整洁", "The shop was clean and tidy", true));
        Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            weights.put(d, 0.2);
        }
        return new Questionnaire(1, "全国汽车售后服务满意度问卷", weights, items,
                "您有多大可能向亲友推荐这家店？", "How likely are you to recommend this shop to a friend?");
    }
}
