package org.dealerplatform.alerts.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.dealerplatform.core.web.FieldError;
import org.junit.jupiter.api.Test;

/** A group admin's service levels: bounds, every bad field at once, and what the defaults are. */
class ServiceLevelsTest {

    private static List<String> fields(Integer hours, Integer days) {
        return ServiceLevels.refusalsOf(hours, days).stream().map(FieldError::field).toList();
    }

    @Test
    void the_defaults_are_24_hours_and_7_days() {
        assertEquals(24, ServiceLevels.DEFAULT.firstContactWithinHours());
        assertEquals(7, ServiceLevels.DEFAULT.closeWithinDays());
    }

    @Test
    void values_at_the_bounds_are_accepted() {
        assertEquals(List.of(), fields(1, 1));
        assertEquals(List.of(), fields(168, 30));
        assertEquals(List.of(), fields(24, 1), "first contact due exactly at the closure deadline");
        assertEquals(Duration.ofHours(4), ServiceLevels.of(4, 3).firstContactWithin());
    }

    @Test
    void values_outside_the_bounds_are_refused_each_on_its_field() {
        assertEquals(List.of("firstContactWithinHours", "closeWithinDays"), fields(0, 31));
        assertEquals(List.of("firstContactWithinHours"), fields(169, 30));
        assertEquals(List.of("closeWithinDays"), fields(24, 0));
        assertEquals(List.of("firstContactWithinHours", "closeWithinDays"), fields(null, null));
    }

    @Test
    void a_first_contact_due_after_the_closure_is_refused() {
        List<FieldError> refusals = ServiceLevels.refusalsOf(48, 1);
        assertEquals(List.of("firstContactWithinHours"), refusals.stream().map(FieldError::field).toList());
        assertEquals("cannot be later than the closure deadline", refusals.get(0).message());
    }

    @Test
    void whatever_the_refusals_accept_the_levels_take() {
        for (int hours = 0; hours <= 170; hours++) {
            for (int days = 0; days <= 31; days++) {
                boolean accepted = ServiceLevels.refusalsOf(hours, days).isEmpty();
                boolean constructed;
                try {
                    ServiceLevels.of(hours, days);
                    constructed = true;
                } catch (RuntimeException e) {
                    constructed = false;
                }
                assertEquals(accepted, constructed, hours + " h, " + days + " d");
            }
        }
    }
}
