/**
 * A dealer group's 4S shops: created and maintained by the group admin; a shop manager sees only
 * the shop named in their token.
 */
package org.dealerplatform.tenant.shop;
