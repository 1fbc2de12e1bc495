package org.dealerplatform.core.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.phone.PhoneNumber;

/**
 * Erases one number's traces in every installed module, in one transaction with its audit entry:
 * either every module erased and the trail says so, or nothing changed. The entry names the
 * erasure by a random id and the counts, never the number nor anything derived from it: a stored
 * fingerprint would itself be a trace that links the request to the customer.
 */
@ApplicationScoped
public class PhoneErasures {

    public static final String AUDIT_ACTION = "privacy.phone-erased";

    @Inject
    Instance<PhoneTraces> traces;

    @Inject
    AuditTrail trail;

    /** What one erasure did: its id in the audit trail and how many items each module erased. */
    public record Erasure(String id, Map<String, Long> erased) {
    }

    @Transactional
    public Erasure erase(PhoneNumber phone) {
        Map<String, Long> erased = new TreeMap<>();
        for (PhoneTraces module : traces) {
            erased.merge(module.module(), module.erase(phone), Long::sum);
        }
        String id = UUID.randomUUID().toString();
        String summary = erased.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "erased: ", ""));
        trail.record(AUDIT_ACTION, "phone-erasure", id, erased.isEmpty() ? "no module stores phone traces" : summary,
                "request to erase every trace of one phone number");
        return new Erasure(id, erased);
    }
}
