/** Short-lived in-memory caches for facts read on every request and changed rarely. */
package org.dealerplatform.core.caching;
