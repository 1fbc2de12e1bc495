/**
 * The database: one JTA data source configured from {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD},
 * and the Flyway runner that applies every installed module's migrations at start-up.
 */
package org.dealerplatform.core.persistence;
