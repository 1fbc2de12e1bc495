/**
 * Starts the real infrastructure (MariaDB, Keycloak, Payara Micro) as plain child processes
 * for the local quick start and for integration tests. Never packaged into the WAR.
 */
package org.dealerplatform.devstack;
