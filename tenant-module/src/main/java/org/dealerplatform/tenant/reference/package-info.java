/** Reference lists shops are described with: the association's brands and China's provinces. */
package org.dealerplatform.tenant.reference;
