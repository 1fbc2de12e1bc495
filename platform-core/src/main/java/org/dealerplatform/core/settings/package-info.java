/**
 * How this installation runs: {@link org.dealerplatform.core.settings.PlatformMode} (the local
 * demo stack or production) and the start-up check through which core and every module refuse
 * to start in production with demo secrets or without the secrets they need
 * ({@link org.dealerplatform.core.settings.SettingsCheck}, {@link org.dealerplatform.core.settings.StartupCheck}).
 */
package org.dealerplatform.core.settings;
