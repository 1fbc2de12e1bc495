package org.dealerplatform.core.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.dealerplatform.core.persistence.Migrations;
import org.dealerplatform.core.persistence.PlatformDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        return HealthCheckResponse.named("platform")
                .status(database && migrations.done())
                .withData("database", database)
                .withData("migrations", migrations.done())
                .build();
    }
}
