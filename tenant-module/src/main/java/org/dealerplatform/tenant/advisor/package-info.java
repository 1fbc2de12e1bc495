/** Service advisors (服务顾问) of a shop, identified in the shop by their employee number. */
package org.dealerplatform.tenant.advisor;
