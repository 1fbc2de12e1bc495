package org.dealerplatform.alerts.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dealerplatform.core.settings.PlatformMode;
import org.dealerplatform.core.settings.SettingsCheck;
import org.eclipse.microprofile.config.Config;

/**
 * The contact keys as this installation has them ({@link ContactSecrets}). Production refuses to
 * start without them, with anything {@link ContactSecrets#refusals} refuses, or with the demo
 * stack's keys. The demo stack ({@code PLATFORM_MODE=demo}) without them uses keys derived from
 * texts in this class, known to anyone and so fine only for demo data, as with {@code SURVEY_SECRET}.
 */
@ApplicationScoped
public class ContactSettings implements SettingsCheck {

    /** The demo stack's keys, public: derived from these texts, never accepted in production. */
    static final Map<String, String> DEMO = Map.of(
            ContactSecrets.KEY, demoKey("dealer-platform demo alerts contact key, public, for demo data only"),
            ContactSecrets.FINGERPRINT_KEY, demoKey("dealer-platform demo alerts fingerprint key, public, demo only"));

    @Inject
    Config config;

    @Inject
    PlatformMode mode;

    private volatile ContactSecrets secrets;

    @Override
    public List<String> refusals(PlatformMode mode) {
        return refusals(mode, this::configured);
    }

    /** The cipher and fingerprints; the start-up check has refused an installation without them. */
    public ContactSecrets secrets() {
        ContactSecrets known = secrets;
        if (known == null) {
            known = ContactSecrets.load(withDemoKeys(mode, this::configured));
            secrets = known;
        }
        return known;
    }

    /** Every reason these settings cannot be used in this mode; the demo keys count only in the demo stack. */
    static List<String> refusals(PlatformMode mode, Function<String, Optional<String>> configured) {
        List<String> refusals = new ArrayList<>(ContactSecrets.refusals(withDemoKeys(mode, configured)));
        if (mode.production()) {
            for (String setting : DEMO.keySet()) {
                if (configured.apply(setting).map(String::strip).filter(DEMO.get(setting)::equals).isPresent()) {
                    refusals.add(setting + " is the demo stack's published key: production needs its own"
                            + " (`openssl rand -base64 32`)");
                }
            }
        }
        return refusals;
    }

    /** What is configured, and in the demo stack the demo keys for what is not. */
    static Function<String, Optional<String>> withDemoKeys(PlatformMode mode, Function<String, Optional<String>> configured) {
        return name -> configured.apply(name).map(String::strip).filter(v -> !v.isEmpty())
                .or(() -> mode.demo() ? Optional.ofNullable(DEMO.get(name)) : Optional.empty());
    }

    private Optional<String> configured(String name) {
        return config.getOptionalValue(name, String.class);
    }

    static String demoKey(String seed) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
