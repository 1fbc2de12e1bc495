/** Registers the competition module with the platform: id, texts, migrations, navigation and the judge role. */
package org.dealerplatform.competition.module;
