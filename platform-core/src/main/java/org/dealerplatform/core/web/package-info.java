/**
 * The API's shared web conventions: RFC 9457 problem+json errors with field errors, paging,
 * strict JSON binding (unknown fields are errors) and the JAX-RS application itself.
 */
package org.dealerplatform.core.web;
