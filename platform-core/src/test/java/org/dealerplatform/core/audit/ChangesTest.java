package org.dealerplatform.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void namesOnlyWhatChanged() {
        Changes changes = Changes.of().field("name", "华东集团", "华东汽车集团").field("city", "上海", "上海")
                .field("active", true, false);
        assertEquals("name: 华东集团 → 华东汽车集团; active: true → false", changes.toString());
    }

    @Test
    void membersAddedThenRemovedInNameOrder() {
        assertEquals("modules: +reports +surveys −competitions",
                Changes.of().members("modules", Set.of("tenants", "competitions"),
                        List.of("tenants", "surveys", "reports")).toString());
    }

    @Test
    void nothingChangedIsEmpty() {
        assertTrue(Changes.of().field("name", "a", "a").members("modules", Set.of("x"), Set.of("x")).isEmpty());
        assertEquals("city: — → 上海", Changes.of().field("city", null, "上海").toString());
    }
}
