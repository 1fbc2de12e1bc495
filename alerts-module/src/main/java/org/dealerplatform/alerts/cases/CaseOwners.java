package org.dealerplatform.alerts.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.directory.StaffContacts;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Who may own a case: the shop managers of the alert's shop and the admins of its group, asked
 * from the user directory (the platform keeps no list of its own). Anybody else could not open
 * the case, so it would be nobody's. Without a directory (the tenant module not installed) only
 * the caller can take a case.
 */
@ApplicationScoped
public class CaseOwners {

    @Inject
    Instance<StaffContacts> staff;

    /** One person who may own a case; {@code groupAdmin} says in what capacity. */
    public record Candidate(String username, boolean groupAdmin) {
    }

    /**
     * The shop's managers, then the group's admins, each once.
     *
     * @throws StaffContactsUnavailable when the directory cannot be asked now
     */
    public List<Candidate> of(String tenantId, ShopProfile shop) {
        if (!staff.isResolvable() || shop == null) {
            return List.of();
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (StaffContact c : staff.get().shopManagers(tenantId, shop.code())) {
            found.putIfAbsent(c.username(), new Candidate(c.username(), false));
        }
        for (StaffContact c : staff.get().groupAdmins(tenantId)) {
            found.putIfAbsent(c.username(), new Candidate(c.username(), true));
        }
        return List.copyOf(found.values());
    }

    /** @throws StaffContactsUnavailable when the directory cannot be asked now */
    boolean mayOwn(String user, String tenantId, ShopProfile shop) {
        return of(tenantId, shop).stream().anyMatch(c -> c.username().equals(user));
    }
}
