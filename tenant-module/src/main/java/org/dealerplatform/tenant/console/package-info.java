/**
 * Console pages of the tenant module: the association's dealer-group list, and the group's shops
 * and advisors. Forms post back with a CSRF token and re-render with field errors.
 */
package org.dealerplatform.tenant.console;
