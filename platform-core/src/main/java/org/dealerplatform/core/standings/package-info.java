/**
 * Where a shop stands in a competition season, for modules that show it (the monthly report)
 * without depending on the competition module: a small published interface and its value type.
 */
package org.dealerplatform.core.standings;
