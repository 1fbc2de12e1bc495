package org.dealerplatform.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.security.Caller;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void theMostSignificantRoleWins() {
        assertEquals(Optional.of("association-admin"),
                Actor.mostSignificantRole(Set.of("judge", "shop-manager", "association-admin", "group-admin")));
        assertEquals(Optional.of("group-admin"), Actor.mostSignificantRole(Set.of("shop-manager", "group-admin", "judge")));
        assertEquals(Optional.of("shop-manager"), Actor.mostSignificantRole(Set.of("judge", "shop-manager")));
    }

    @Test
    void amongOtherRolesTheFirstByNameSoTheClaimOrderDoesNotMatter() {
        assertEquals(Optional.of("auditor"), Actor.mostSignificantRole(Set.of("judge", "auditor")));
        assertEquals(Optional.of("judge"), Actor.mostSignificantRole(Set.of("judge")));
        assertEquals(Optional.empty(), Actor.mostSignificantRole(Set.of()));
    }

    @Test
    void aCallerIsNamedWithRoleAndTenant() {
        Actor groupAdmin = Actor.of(new Caller("sub-1", "group-a", Set.of("group-admin", "shop-manager"), "demo-group-a", "A1"));
        assertEquals(new Actor("group-a", "group-admin", "demo-group-a"), groupAdmin);
        Actor association = Actor.of(new Caller("sub-2", "assoc", Set.of("association-admin"), null, null));
        assertNull(association.tenantId());
        assertEquals("sub-3", Actor.of(new Caller("sub-3", null, Set.of(), null, null)).username(),
                "a token without a user name is named by its subject");
        assertNull(Actor.of(new Caller("sub-3", "x", Set.of(), null, null)).role());
    }

    @Test
    void noCallerIsSystemOrAnonymous() {
        assertEquals("system", Actor.SYSTEM.username());
        assertEquals("anonymous", Actor.ANONYMOUS.username());
        assertNull(Actor.SYSTEM.role());
        assertNull(Actor.ANONYMOUS.tenantId());
    }
}
