/** MicroProfile Health checks served at {@code /health/ready} and {@code /health/live}. */
package org.dealerplatform.core.health;
