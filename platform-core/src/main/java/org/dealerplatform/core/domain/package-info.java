/** Building blocks for entities that guard their own rules. */
package org.dealerplatform.core.domain;
