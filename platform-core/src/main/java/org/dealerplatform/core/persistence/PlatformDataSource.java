package org.dealerplatform.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's data source. Payara resolves {@code ${MPCONFIG=...}} at deployment from
 * MicroProfile Config, i.e. system properties or environment variables, so the same WAR runs
 * against the embedded MariaDB of a local run and a production MySQL.
 * {@code connectionTimeZone=UTC} keeps timestamps unambiguous whatever the server's zone is.
 * Connector/J parses the SQL of every prepared statement on the client; without its statement
 * cache that parsing was the largest single cost of a survey submission under load.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = PlatformDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=DB_URL}",
        user = "${MPCONFIG=DB_USER}",
        password = "${MPCONFIG=DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "connectionTimeZone=UTC",
            "forceConnectionTimeZoneToSession=true",
            "characterEncoding=UTF-8",
            "cachePrepStmts=true",
            "prepStmtCacheSize=250",
            "prepStmtCacheSqlLimit=4096",
            "useLocalSessionState=true",
            // a JDBC batch goes as one multi-row statement (the survey module's group-commit writer)
            "rewriteBatchedStatements=true",
            // an unreachable database must fail a request within the 2 s operators expect, not
            // hang it: connect attempts give up after 1 s, and a request waits at most 1.5 s for a
            // pooled connection (Payara's default is 60 s) before it answers 503 (ErrorMappers)
            "connectTimeout=1000",
            "fish.payara.max-wait-time-in-millis=1500",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public class PlatformDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/platform";
}
