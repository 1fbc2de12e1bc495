/**
 * The web console's frame: OpenID Connect login against Keycloak (authorization code + PKCE with a
 * confidential client; tokens stay on the server), the page layout with navigation built from the
 * enabled modules, Velocity rendering that escapes by default, and CSRF tokens for forms.
 */
package org.dealerplatform.core.console;
