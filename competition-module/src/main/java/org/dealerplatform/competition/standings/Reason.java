package org.dealerplatform.competition.standings;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why an entry is not ranked. "Held" reasons (flagged share, open review cases) keep an entry out
 * until the association has looked at its samples; the others are final for the standings shown.
 * Every code has a sentence in both languages; {@code {0}}, {@code {1}} are the figures behind it.
 */
public enum Reason {
    NOT_APPROVED(false, "报名尚未获协会批准", "the entry has not been approved by the association"),
    REJECTED(false, "报名未获批准：{0}", "the entry was rejected: {0}"),
    WITHDRAWN(false, "已由经销商集团退出", "withdrawn by the dealer group"),
    GROUP_SUSPENDED(false, "所属经销商集团已被暂停", "the dealer group is suspended"),
    SHOP_NOT_RANKED(false, "所在门店的报名未获批准或已退出", "the advisor''s shop entry is not approved or was withdrawn"),
    TOO_FEW_SAMPLES(false, "有效样本 {0} 份，少于最低要求 {1} 份", "{0} valid samples, fewer than the minimum of {1}"),
    TOO_MANY_FLAGGED(true, "可疑或无效样本占 {0}，超过上限 {1}，待协会审核",
            "{0} of samples flagged, above the limit of {1}; held for review"),
    OPEN_REVIEW_CASES(true, "{0} 份样本仍待审核", "{0} samples still wait for review");

    private final boolean held;
    private final String zh;
    private final String en;

    Reason(boolean held, String zh, String en) {
        this.held = held;
        this.zh = zh;
        this.en = en;
    }

    /** Held for review rather than excluded: the entry may be ranked once its samples are decided. */
    public boolean held() {
        return held;
    }

    public String text(Locale locale, Object... args) {
        String pattern = "en".equals(locale.getLanguage()) ? en : zh;
        return new MessageFormat(pattern, locale).format(args);
    }
}
