/**
 * What feature modules may know about a dealer group's shops and service advisors without
 * depending on the module that owns them: a small published interface and its value types.
 */
package org.dealerplatform.core.shops;
