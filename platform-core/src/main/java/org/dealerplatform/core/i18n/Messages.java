package org.dealerplatform.core.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks a key up in the core bundle and the bundles of the installed modules, in one language.
 * A missing key shows as the key itself so a gap is visible but never breaks a page.
 */
public final class Messages {

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Messages(Locale locale, List<String> bundleNames, ClassLoader loader) {
        this.locale = locale;
        Locale lookup = Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        for (String name : bundleNames) {
            try {
                bundles.add(ResourceBundle.getBundle("i18n/" + name, lookup, loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // a module without texts of its own
            }
        }
    }

    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }
}
