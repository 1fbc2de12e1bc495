package org.dealerplatform.tenant.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class ServiceAdvisorTest {

    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");

    @Test
    void keepsTrimmedNameAndNumber() {
        ServiceAdvisor advisor = new ServiceAdvisor("shop-1", " 王伟 ", " SA001 ", NOW);
        assertEquals("王伟", advisor.name());
        assertEquals("SA001", advisor.employeeNo());
    }

    @Test
    void refusesBadEmployeeNumbers() {
        assertEquals("employeeNo", assertThrows(RuleViolation.class,
                () -> new ServiceAdvisor("s", "王伟", "SA 001", NOW)).field());
        assertEquals("employeeNo", assertThrows(RuleViolation.class,
                () -> new ServiceAdvisor("s", "王伟", "", NOW)).field());
        assertEquals("name", assertThrows(RuleViolation.class,
                () -> new ServiceAdvisor("s", "名".repeat(51), "SA1", NOW)).field());
    }

    @Test
    void leaving() {
        ServiceAdvisor advisor = new ServiceAdvisor("s", "王伟", "SA1", NOW);
        advisor.leave(NOW);
        assertFalse(advisor.active());
    }
}
