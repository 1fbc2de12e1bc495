package org.dealerplatform.alerts.module;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's texts from {@code i18n/alerts} (Chinese, the default) and {@code i18n/alerts_en},
 * looked up the way core's {@code Messages} does, so mail written outside a request reads the same
 * as the console.
 */
public final class AlertTexts {

    private AlertTexts() {
    }

    public static String format(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale lookup = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("i18n/alerts", lookup, AlertTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
