package org.dealerplatform.core.i18n;

import java.util.Locale;

/** The two languages of the platform and how a request picks one. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /**
     * An explicit choice ({@code ?lang=} or the {@code lang} cookie) wins; otherwise English only
     * when the browser prefers it, since the platform's users are mostly in China.
     */
    public static Locale choose(String explicit, String acceptLanguage) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
        }
        if (acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return CHINESE;
    }
}
