/**
 * The platform-wide directory of shops and service advisors, across dealer groups: for the
 * association's work (competitions, national reports) and for modules that name shops they already
 * hold the id of. Access rules stay with the caller: the directory itself does not check roles.
 */
package org.dealerplatform.core.directory;
