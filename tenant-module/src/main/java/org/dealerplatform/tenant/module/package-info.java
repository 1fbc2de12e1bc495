/** The tenant module's registration with the platform (SPI implementation). */
package org.dealerplatform.tenant.module;
