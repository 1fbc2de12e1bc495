package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's survey secret: salts the hashes of phone numbers, devices and addresses and
 * signs start tickets. {@code SURVEY_SECRET} sets it; otherwise one is generated on first use and
 * kept in the database, so hashes stay comparable across restarts and nodes. Changing it makes
 * earlier hashes incomparable (repeat rules then start afresh), nothing worse.
 */
@ApplicationScoped
public class SurveySecrets {

    @Inject
    SecretStore store;

    @Inject
    @ConfigProperty(name = "SURVEY_SECRET")
    Optional<String> configured;

    private volatile byte[] secret;

    /** HMAC-SHA256 of the value under the secret, in hex; {@code purpose} keeps hashes of different kinds apart. */
    public String hash(String purpose, String value) {
        return HexFormat.of().formatHex(mac(purpose + ":" + value));
    }

    /** One keyed Mac per thread: looking the algorithm up and keying it costs more than the hash. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    public byte[] mac(String message) {
        return macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = configured.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(() -> store.load());
            secret = known;
        }
        return known;
    }

}
