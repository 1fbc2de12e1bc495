package org.dealerplatform.core.modules;

import java.util.Locale;

/** A short text in Simplified Chinese (the default) and English. */
public record LocalizedText(String zh, String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
