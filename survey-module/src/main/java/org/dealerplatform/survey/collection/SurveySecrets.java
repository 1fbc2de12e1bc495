package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dealerplatform.core.caching.Capacity;
import org.dealerplatform.core.settings.PlatformMode;
import org.dealerplatform.core.settings.SettingsCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The survey module's secret, {@code SURVEY_SECRET}: it keys the hashes of phone numbers, devices
 * and addresses and signs start tickets. It is never stored in the database, so a dump of the
 * database alone cannot turn phone hashes back into the (about 10^10) phone numbers. Production
 * refuses to start without it or with fewer than {@value #MIN_BYTES} bytes; the demo stack
 * ({@code PLATFORM_MODE=demo}) without it uses a fixed secret derived from a text in this class,
 * known to anyone and so fine only for demo data.
 * <p>
 * Hashes are keyed per dealer group: {@code HMAC(HMAC(secret, "hash-key:" + tenant), kind + ":" + value)},
 * so the same phone number gives different hashes in two groups and one customer cannot be linked
 * across groups, while within a group the repeat and burst windows still compare equal hashes.
 * Changing the secret or this keying makes earlier hashes incomparable: the repeat and burst
 * windows (days, minutes) start afresh, nothing worse.
 */
@ApplicationScoped
public class SurveySecrets implements SettingsCheck {

    public static final String SETTING = "SURVEY_SECRET";
    public static final int MIN_BYTES = 32;
    /** The demo stack's secret is derived from this text; never accepted in production. */
    private static final String DEMO_SEED = "dealer-platform demo survey secret, public, for demo data only";
    /** Dealer groups, not visitors, are the keys: far fewer than this; the bound only guards memory. */
    private static final int MAX_TENANT_KEYS = 10_000;

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> configured;

    @Inject
    PlatformMode mode;

    private volatile byte[] secret;

    private final Map<String, SecretKeySpec> tenantKeys = new ConcurrentHashMap<>();

    /** One Mac per thread, re-keyed per call: looking the algorithm up costs more than the hash. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    /**
     * HMAC-SHA256 of the value under the dealer group's own key, in hex; {@code purpose} keeps
     * hashes of different kinds apart.
     */
    public String hash(String tenantId, String purpose, String value) {
        return HexFormat.of().formatHex(mac(tenantKey(tenantId), purpose + ":" + value));
    }

    /** HMAC-SHA256 under the installation's secret (start tickets, which name their survey link). */
    public byte[] mac(String message) {
        return mac(new SecretKeySpec(secret(), "HmacSHA256"), message);
    }

    @Override
    public List<String> refusals(PlatformMode mode) {
        if (mode.demo()) {
            return List.of();
        }
        return SettingsCheck.weakSecret(SETTING, configured, MIN_BYTES).stream().toList();
    }

    /** How many dealer groups' keys are held (bounded). */
    int tenantKeyCount() {
        return tenantKeys.size();
    }

    private SecretKeySpec tenantKey(String tenantId) {
        SecretKeySpec known = tenantKeys.get(tenantId);
        if (known == null) {
            known = new SecretKeySpec(mac(new SecretKeySpec(secret(), "HmacSHA256"), "hash-key:" + tenantId),
                    "HmacSHA256");
            Capacity.makeRoom(tenantKeys, MAX_TENANT_KEYS, k -> false);
            tenantKeys.put(tenantId, known);
        }
        return known;
    }

    private byte[] mac(SecretKeySpec key, String message) {
        try {
            Mac mac = macs.get();
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            Optional<String> given = configured.map(String::strip).filter(s -> !s.isEmpty());
            if (given.isPresent()) {
                known = given.get().getBytes(StandardCharsets.UTF_8);
            } else if (mode != null && mode.demo()) {
                known = DEMO_SEED.getBytes(StandardCharsets.UTF_8);
            } else {
                // the start-up check refuses this installation before any request gets here
                throw new IllegalStateException(SETTING + " is not set");
            }
            secret = known;
        }
        return known;
    }
}
