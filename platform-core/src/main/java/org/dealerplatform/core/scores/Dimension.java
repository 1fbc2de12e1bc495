package org.dealerplatform.core.scores;

import java.util.Locale;

/** The five dimensions of after-sales service the association measures; fixed by the method. */
public enum Dimension {
    ADVISOR("服务顾问", "Service advisor"),
    TIME("服务时间", "Service time"),
    QUALITY("维修质量", "Repair quality"),
    PRICE("服务价格", "Service price"),
    FACILITIES("服务设施", "Service facilities");

    private final String zh;
    private final String en;

    Dimension(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    public String labelZh() {
        return zh;
    }

    public String labelEn() {
        return en;
    }
}
