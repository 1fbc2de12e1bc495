package org.dealerplatform.reporting.recipients;

import java.util.Locale;
import org.dealerplatform.core.mail.MailAddress;

/** One address that receives a shop's report, and the language it reads it in ({@code zh-CN} or {@code en}). */
public record Recipient(MailAddress address, String locale) {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    /** Anything but English is the platform's default, Chinese. */
    public static String localeOf(String requested) {
        return requested != null && requested.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public Locale javaLocale() {
        return ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
