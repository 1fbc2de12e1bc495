/** Registers the alerts module with the platform (id, texts, migrations, navigation) and reads its text bundles. */
package org.dealerplatform.alerts.module;
