/** Registers the reporting module with the platform: id, texts, migrations, navigation. */
package org.dealerplatform.reporting.module;
