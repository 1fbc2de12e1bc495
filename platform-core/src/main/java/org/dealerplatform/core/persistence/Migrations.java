package org.dealerplatform.core.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * Applies each installed module's migrations when the application starts, before it serves a
 * request. Each module has its own history table ({@code flyway_<module>}), so versions of
 * different modules never collide and a module can be added to a running database later.
 * A failed migration stops the deployment: running on a half-migrated schema is worse.
 * <p>
 * A startup singleton rather than a CDI {@code @Initialized} observer: the observer runs while
 * CDI is still booting, before Payara has bound the {@code @DataSourceDefinition}, and the
 * data source lookup fails there. Flyway manages its own transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ModuleRegistry modules;

    private volatile boolean done;

    @PostConstruct
    void onStart() {
        for (PlatformModule module : modules.installed()) {
            migrate(module);
        }
        done = true;
    }

    private void migrate(PlatformModule module) {
        var result = Flyway.configure(module.getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(module.migrationLocation())
                .table("flyway_" + module.id().replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "module " + module.id() + ": " + result.migrationsExecuted + " migration(s) applied, schema at "
                + result.targetSchemaVersion);
    }

    public boolean done() {
        return done;
    }
}
