/**
 * A dealer group's 4S shops: created and maintained by the group admin; a shop manager sees only
 * the shop named in their token. Other modules see them through core's ShopCatalog (one group)
 * and ShopDirectory (every group, for the association's work).
 */
package org.dealerplatform.tenant.shop;
