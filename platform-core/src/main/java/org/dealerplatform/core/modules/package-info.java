/**
 * How a feature module plugs in: it publishes a {@link org.dealerplatform.core.modules.PlatformModule}
 * CDI bean (id, name, version, migrations, console navigation, roles). Core never names a module;
 * a tenant's subscription decides which installed modules its users may use.
 */
package org.dealerplatform.core.modules;
