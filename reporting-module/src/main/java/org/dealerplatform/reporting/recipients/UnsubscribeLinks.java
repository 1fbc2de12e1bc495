package org.dealerplatform.reporting.recipients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.mail.UnsubscribeTokens;
import org.dealerplatform.core.settings.PlatformMode;
import org.dealerplatform.core.settings.SettingsCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed one-click unsubscribe links, keyed by {@code REPORTS_SECRET} (never in the database, so a
 * database dump cannot forge unsubscribes). Like {@code SURVEY_SECRET}: production refuses to
 * start without at least {@value #MIN_BYTES} bytes; the demo stack uses a fixed, public secret.
 * The scope of a token is what the report that carried it was about
 * ({@link org.dealerplatform.reporting.outbox.ReportSubjects#unsubscribeScope}): a shop, a group's
 * group report, or the national report.
 */
@ApplicationScoped
public class UnsubscribeLinks implements SettingsCheck {

    public static final String SETTING = "REPORTS_SECRET";
    public static final int MIN_BYTES = 32;
    private static final String DEMO_SEED = "dealer-platform demo reports secret, public, for demo data only";
    private static final int KEY_VERSION = 1;

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> configured;

    @Inject
    PlatformMode mode;

    private volatile UnsubscribeTokens tokens;

    public String url(String baseUrl, MailAddress address, String scope) {
        return baseUrl + "/r/unsubscribe/" + tokens().issue(address, scope);
    }

    public Optional<UnsubscribeTokens.Unsubscription> verify(String token) {
        return tokens().verify(token);
    }

    @Override
    public List<String> refusals(PlatformMode mode) {
        return mode.demo() ? List.of() : SettingsCheck.weakSecret(SETTING, configured, MIN_BYTES).stream().toList();
    }

    private UnsubscribeTokens tokens() {
        UnsubscribeTokens known = tokens;
        if (known == null) {
            Optional<String> given = configured.map(String::strip).filter(s -> !s.isEmpty());
            String secret;
            if (given.isPresent()) {
                secret = given.get();
            } else if (mode.demo()) {
                secret = DEMO_SEED;
            } else {
                // the start-up check refuses this installation before any mail goes out
                throw new IllegalStateException(SETTING + " is not set");
            }
            known = UnsubscribeTokens.withKey(KEY_VERSION, secret.getBytes(StandardCharsets.UTF_8));
            tokens = known;
        }
        return known;
    }
}
