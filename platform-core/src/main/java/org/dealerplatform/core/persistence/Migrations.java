package org.dealerplatform.core.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.modules.PlatformModule;
import org.flywaydb.core.Flyway;

/**
 * Applies core's own migrations ({@code db/migration/core}, history table {@code flyway_core}: core
 * is not a module but owns tables too, such as the audit trail), then each installed module's,
 * when the application starts, before it serves a request. Each module has its own history table
 * ({@code flyway_<module>}), so versions of different modules never collide and a module can be
 * added to a running database later.
 * A failed migration stops the deployment: running on a half-migrated schema is worse.
 * <p>
 * A startup singleton rather than a CDI {@code @Initialized} observer: the observer runs while
 * CDI is still booting, before Payara has bound the {@code @DataSourceDefinition}, and the
 * data source lookup fails there. Flyway manages its own transactions. It waits for the
 * {@code StartupCheck}, so a production installation refused for its settings migrates nothing.
 */
@Singleton
@Startup
@DependsOn("StartupCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    /** Core's history table is {@code flyway_core}, so "core" is not a usable module id (its texts are core's too). */
    static final String CORE = "core";
    static final String CORE_LOCATION = "classpath:db/migration/core";

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ModuleRegistry modules;

    private volatile boolean done;

    @PostConstruct
    void onStart() {
        migrate(CORE, CORE_LOCATION, Migrations.class.getClassLoader());
        for (PlatformModule module : modules.installed()) {
            migrate(module.id(), module.migrationLocation(), module.getClass().getClassLoader());
        }
        done = true;
    }

    private void migrate(String owner, String location, ClassLoader classes) {
        var result = Flyway.configure(classes)
                .dataSource(dataSource)
                .locations(location)
                .table("flyway_" + owner.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> owner + ": " + result.migrationsExecuted + " migration(s) applied, schema at "
                + result.targetSchemaVersion);
    }

    public boolean done() {
        return done;
    }
}
