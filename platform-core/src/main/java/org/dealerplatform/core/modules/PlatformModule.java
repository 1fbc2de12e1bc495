package org.dealerplatform.core.modules;

import java.util.List;
import java.util.Set;

/**
 * SPI of a feature module. Implement it as an {@code @ApplicationScoped} bean in the module's jar;
 * putting the jar in the WAR is all it takes to install the module.
 */
public interface PlatformModule {

    /** Stable id used in subscriptions and URLs, e.g. {@code tenants}. */
    String id();

    /** Display name in Chinese and English. */
    LocalizedText name();

    String version();

    /**
     * Flyway location of the module's own migrations, e.g. {@code classpath:db/migration/tenants};
     * each module keeps its own history table so modules can be added or removed independently.
     */
    String migrationLocation();

    /** Entries for the console navigation; shown only to callers holding one of the entry's roles. */
    List<NavigationEntry> navigation();

    /** Roles that can use the module at all. */
    Set<String> roles();

    /**
     * Realm roles this module brings to the platform beyond the three of core (the competition
     * module's {@code judge}). The token verifier keeps exactly core's roles and these; the realm
     * import must define them too.
     */
    default Set<String> declaredRoles() {
        return Set.of();
    }

    /**
     * Whether a tenant's subscription switches the module on or off. A module that serves only the
     * association (or the platform itself) answers false and is always on.
     */
    default boolean subscribable() {
        return true;
    }
}
